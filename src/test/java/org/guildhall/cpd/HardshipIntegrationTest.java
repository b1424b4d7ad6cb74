package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 19: a hardship extension moves the cycle's end, and with it the renewal window and the lapse; a pause lowers
 * the requirement the bars, renewal and reminders read; the member is emailed each decision. The clock is moved.
 */
@IntegrationTest
class HardshipIntegrationTest {

    @Autowired CertifiedMembers members;
    @Autowired HardshipService hardship;
    @Autowired TranscriptService transcripts;
    @Autowired HardshipQueue queue;
    @Autowired RenewalService renewals;
    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @Test
    void an_extension_moves_the_renewal_window_and_the_lapse_and_credits_earned_in_it_count_for_the_cycle() {
        var renewing = members.member("Ines Duarte");
        var lapsing = members.member("Jon Halvorsen");
        // Both expire a month from now; their renewal window is open.
        var first = members.award(renewing, "CCSP", today().minusYears(3).plusMonths(1));
        var second = members.award(lapsing, "CCSP", today().minusYears(3).plusMonths(1));
        LocalDate originalExpiry = first.cycle().expiresOn();
        assertThat(first.status()).isEqualTo(CertificationStatus.RENEWAL_DUE);

        decideExtension(renewing, first, first.cycle().lastValidDay().plusMonths(6));
        decideExtension(lapsing, second, second.cycle().lastValidDay().plusMonths(3));

        var extended = members.held(renewing, first);
        assertThat(extended.cycle().expiresOn()).isEqualTo(originalExpiry.plusMonths(6));
        assertThat(extended.cycle().startsOn()).isEqualTo(first.cycle().startsOn());
        assertThat(extended.status()).as("the window moved with the end").isEqualTo(CertificationStatus.ACTIVE);
        TestAccounts.signInAs(renewing.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> renewals.requestRenewal(first.id()))
                .withMessageContaining("six weeks before expiry");
        awaitSubject(renewing, "Your hardship request for Certified Customer Service Professional is granted");

        // Past the original expiry: the nightly lapse job lapses neither.
        moveTo(originalExpiry.plusDays(10));
        awards.lapseExpired();
        assertThat(members.held(renewing, first).status().isCurrent()).isTrue();
        assertThat(members.held(lapsing, second).status().isCurrent()).isTrue();
        // Credits earned after the original end count toward the extended cycle (seed 001: within the cycle).
        members.meetRequirement(renewing, 36, today().minusDays(1));
        TestAccounts.signInAs(renewing.email(), Role.MEMBER);
        assertThat(cpd.myProgress()).filteredOn(progress -> progress.certification().id() == first.id())
                .singleElement().satisfies(progress -> {
                    assertThat(progress.counted()).isEqualByComparingTo("36");
                    assertThat(progress.met()).isTrue();
                    assertThat(progress.daysToExpiry())
                            .isEqualTo(ChronoUnit.DAYS.between(today(), originalExpiry.plusMonths(6)));
                });

        // Past the shorter extension: the second lapses, the first does not.
        moveTo(originalExpiry.plusMonths(3));
        awards.lapseExpired();
        assertThat(members.held(lapsing, second).status()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(members.held(renewing, first).status().isCurrent()).isTrue();

        // In the moved window the first renews; its next cycle starts at the extended end.
        moveTo(originalExpiry.plusMonths(6).minusWeeks(3));
        var renewed = members.paidIntoCycle(renewing, members.renewalInvoice(renewing, first), first, 2);
        assertThat(renewed.cycle().startsOn()).isEqualTo(originalExpiry.plusMonths(6));
        assertThat(renewed.cpdHoursRequired()).isEqualTo(36);
        // The earlier cycle's transcript is read with its extension, which it prints.
        TestAccounts.signInAs(renewing.email(), Role.MEMBER);
        assertThat(transcript(first, 1, Locale.UK)).contains(
                "Cycle 1: " + day(first.cycle().startsOn()) + " to " + day(originalExpiry.plusMonths(6).minusDays(1)),
                "Requirement: 36 CPD credits",
                "Hardship extension (Parental leave): the cycle, valid until " + day(originalExpiry.minusDays(1))
                        + ", was extended to " + day(originalExpiry.plusMonths(6).minusDays(1)) + ".",
                "Counted: 36 of 36");
    }

    @Test
    void a_pause_lowers_the_requirement_the_bars_and_renewal_read_for_that_cycle_only() {
        var member = members.member("Kalani Akana");
        // Expires five weeks from now: the renewal window is open.
        var certification = members.award(member, "CCSP", today().minusYears(3).plusWeeks(5));
        long request = ask(member, certification, HardshipKind.PAUSE);
        TestAccounts.asRegistrar();
        assertThat(hardship.forDecision(request).suggestedPausedMonths()).isEqualTo(12);
        assertRefused(() -> hardship.grantPause(request, new HardshipDecisionData(null, 13, "")),
                HardshipDecisionData.PAUSED_MONTHS, "at most 12 months");
        hardship.grantPause(request, new HardshipDecisionData(null, 12, "Take care."));

        assertThat(members.held(member, certification).cpdHoursRequired()).isEqualTo(24);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        String key = "paused:" + member.id() + ":";
        credits.record(CpdTestSupport.credit(member.id(), key + 1, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                today().minusDays(3), "20"));
        credits.record(CpdTestSupport.credit(member.id(), key + 2, CpdCategory.CONTINUING_EDUCATION, "CONFERENCE",
                today().minusDays(4), "4"));
        var progress = cpd.myProgress().getFirst();
        assertThat(progress.required()).isEqualByComparingTo("24");
        assertThat(progress.met()).isTrue();
        assertThat(progress.fraction()).isEqualTo(1.0);

        assertThat(transcript(certification, 1, Locale.UK)).contains("Requirement: 24 CPD credits",
                "Hardship pause (Parental leave): 12 months paused, the requirement lowered from 36 to 24 credits.");
        assertThat(transcript(certification, 1, Locale.FRANCE)).contains("Exigence : 24 crédits de DPC",
                "Suspension pour difficultés (Congé parental) : 12 mois de suspension, l’exigence réduite de 36 à 24 "
                        + "crédits.");

        var renewed = members.paidIntoCycle(member, members.renewalInvoice(member, certification), certification, 2);
        assertThat(renewed.cpdHoursRequired()).as("the next cycle asks the full 36")
                .isEqualTo(36);
        awaitSubject(member, "Your hardship request for Certified Customer Service Professional is granted");
        assertThat(bodies(member)).anyMatch(body -> body.contains("12 months") && body.contains("24 CPD credits")
                && body.contains("Take care."));
    }

    @Test
    void a_refusal_needs_a_reason_and_is_emailed_and_the_extension_limit_is_the_institutes_setting() {
        var member = members.member("Luca Ferri");
        var certification = members.award(member, "CCSP", today().minusYears(1));
        long request = ask(member, certification, HardshipKind.EXTENSION);
        TestAccounts.asRegistrar();
        assertThat(queue.page(org.springframework.data.domain.Pageable.ofSize(50)))
                .anyMatch(row -> row.id() == request && row.memberName().equals("Luca Ferri"));

        TestSettings.override(jdbc, settings, CpdSettings.EXTENSION_MAX_MONTHS, 1);
        try {
            assertRefused(() -> hardship.grantExtension(request, new HardshipDecisionData(
                    certification.cycle().lastValidDay().plusMonths(2), null, "")),
                    HardshipDecisionData.VALID_UNTIL, "at most 1 month");
        } finally {
            TestSettings.restore(jdbc, settings, CpdSettings.EXTENSION_MAX_MONTHS);
        }
        assertRefused(() -> hardship.refuse(request, new HardshipDecisionData(null, null, "  ")),
                HardshipDecisionData.NOTE, "reason");
        hardship.refuse(request, new HardshipDecisionData(null, null, "The evidence covers another year."));
        assertThat(queue.page(org.springframework.data.domain.Pageable.ofSize(50)))
                .noneMatch(row -> row.id() == request);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> hardship.grantExtension(request,
                new HardshipDecisionData(certification.cycle().lastValidDay().plusMonths(2), null, "")))
                .withMessageContaining("already been decided");
        assertThat(members.held(member, certification).cycle()).isEqualTo(certification.cycle());

        awaitSubject(member, "Your hardship request for Certified Customer Service Professional is not granted");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(hardship.myRequests()).singleElement()
                .satisfies(mine -> assertThat(mine.state()).isEqualTo(HardshipState.REFUSED));
    }

    @Test
    void a_request_is_refused_field_by_field_all_at_once_and_only_one_may_wait_per_cycle() {
        var member = members.member("Mira Novak");
        var other = members.member("Nuno Sousa");
        var certification = members.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(other.email(), Role.MEMBER);
        var othersFile = members.evidenceOf(other);

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> hardship.request(
                new HardshipRequestData(certification.id(), null, null, today(), today().minusDays(1), " ",
                        othersFile)))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(HardshipRequestData.KIND, HardshipRequestData.REASON,
                                HardshipRequestData.ENDS_ON, HardshipRequestData.EXPLANATION,
                                HardshipRequestData.EVIDENCE_DOCUMENT_ID));
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> hardship.request(
                new HardshipRequestData(certification.id(), HardshipKind.PAUSE, HardshipReason.ILLNESS,
                        today().minusYears(3), today().minusYears(2).minusMonths(6), "Before the cycle.",
                        members.evidenceOf(member))))
                .withMessageContaining("within the cycle");
        var evidence = members.evidenceOf(member);
        hardship.request(new HardshipRequestData(certification.id(), HardshipKind.PAUSE, HardshipReason.ILLNESS,
                today().minusMonths(3), today().minusDays(1), "Three months in hospital.", evidence));
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> ask(member, certification, HardshipKind.EXTENSION))
                .withMessageContaining("already has a request waiting");
        TestAccounts.asRegistrar();
        assertThat(documents.find(evidence)).as("the registrar reads the evidence to decide").isPresent();

        // Another member's certification is not one they may ask about, and the registrar's steps are not theirs.
        TestAccounts.signInAs(other.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> hardship.request(
                new HardshipRequestData(certification.id(), HardshipKind.PAUSE, HardshipReason.ILLNESS,
                        today().minusMonths(3), today().minusMonths(1), "Not mine.", members.evidenceOf(other))))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(HardshipRequestData.CERTIFICATION_ID));
        assertThat(documents.find(evidence)).isEmpty();
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> hardship.forDecision(1));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> queue.page(org.springframework.data.domain.Pageable.ofSize(10)));
    }

    private void decideExtension(AccountSummary member, CertificationSummary certification, LocalDate validUntil) {
        long request = ask(member, certification, HardshipKind.EXTENSION);
        TestAccounts.asRegistrar();
        hardship.grantExtension(request, new HardshipDecisionData(validUntil, null, ""));
    }

    /** The member asks, with their own evidence, for relief over the three months before today. */
    private long ask(AccountSummary member, CertificationSummary certification, HardshipKind kind) {
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        return hardship.request(new HardshipRequestData(certification.id(), kind, HardshipReason.PARENTAL_LEAVE,
                today().minusYears(1).plusDays(1), today(), "Our daughter was born; I was on leave for a year.",
                members.evidenceOf(member)));
    }

    private void assertRefused(Runnable step, String field, String words) {
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(step::run)
                .satisfies(refused -> assertThat(refused.fieldProblems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.message()).contains(words);
                }));
    }

    /** The transcript's text read back with PDFBox, its line breaks folded into spaces. */
    private String transcript(CertificationSummary certification, int cycle, Locale language) {
        try (var pdf = Loader.loadPDF(transcripts.transcript(certification.id(), cycle, language))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(Text.DATE, Locale.UK).format(date);
    }

    private void awaitSubject(AccountSummary member, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject = ?", Integer.class,
                member.email(), subject) == 1);
    }

    private List<String> bodies(AccountSummary member) {
        return jdbc.queryForList("select body from outbound_email where recipient = ?", String.class,
                member.email());
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(today().atStartOfDay(), day.atStartOfDay()));
    }

    private LocalDate today() {
        return members.today();
    }
}
