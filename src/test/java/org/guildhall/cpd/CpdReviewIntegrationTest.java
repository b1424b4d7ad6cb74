package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentRejectedException;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 6, logging and review: evidence, drafts, decisions with their emails, audit, bad input and access. */
@IntegrationTest
class CpdReviewIntegrationTest {

    @Autowired CpdService cpd;
    @Autowired CpdReviewService review;
    @Autowired CpdReviewQueue reviewQueue;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Settings settings;
    @Autowired Clock clock;
    CpdTestSupport support;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        support = new CpdTestSupport(provisioning, awards, documents);
    }

    @Test
    void an_approved_activity_counts_and_the_member_is_emailed_each_time_an_activity_is_reviewed() {
        var member = support.member("Amara Obi");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long approvedId = cpd.submit(null, CpdTestSupport.workshop("Service design sprint", today().minusDays(5),
                "7", support.evidenceOf(member)));
        long rejectedId = cpd.submit(null, CpdTestSupport.workshop("Vendor product demo", today().minusDays(6),
                "2", support.evidenceOf(member)));
        long questionedId = cpd.submit(null, CpdTestSupport.workshop("Coaching clinic", today().minusDays(7), "3",
                support.evidenceOf(member)));
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("0");
        assertThat(cpd.myProgress().getFirst().pending()).hasSize(3);

        withoutAudit(() -> {
            TestAccounts.asRegistrar();
            review.approve(approvedId);
            review.reject(rejectedId, "A product demonstration is marketing, not education.");
            review.requestMoreEvidence(questionedId, "Please add the attendance certificate.");
        });

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("7");
        assertThat(cpd.myActivity(rejectedId).reviewNote()).contains("marketing");
        assertThat(cpd.myActivity(questionedId).status()).isEqualTo(CpdActivityStatus.MORE_EVIDENCE_REQUESTED);

        awaitQueued(member.email(), 3);
        assertThat(queuedSubjects(member.email())).contains(
                "CPD activity approved: Service design sprint",
                "CPD activity not approved: Vendor product demo",
                "More evidence needed: Coaching clinic");
    }

    @Test
    void a_member_edits_a_returned_activity_and_submits_it_again_and_withdraws_only_before_a_decision() {
        var member = support.member("Bea Larsen");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long draft = cpd.saveDraft(null, CpdTestSupport.workshop("Draft workshop", today().minusDays(2), "2", null));
        assertThat(cpd.myActivity(draft).status()).isEqualTo(CpdActivityStatus.DRAFT);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> cpd.submit(draft,
                CpdTestSupport.workshop("Draft workshop", today().minusDays(2), "2", null)))
                .withMessageContaining("evidence");
        cpd.submit(draft, CpdTestSupport.workshop("Draft workshop", today().minusDays(2), "3",
                support.evidenceOf(member)));
        assertThat(cpd.myActivity(draft).hours()).isEqualByComparingTo("3");

        cpd.withdraw(draft);
        assertThatExceptionOfType(CpdActivityNotFoundException.class).isThrownBy(() -> cpd.myActivity(draft));

        long approved = cpd.submit(null, CpdTestSupport.workshop("Kept", today().minusDays(3), "2",
                support.evidenceOf(member)));
        withoutAudit(() -> {
            TestAccounts.asRegistrar();
            review.approve(approved);
        });
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> cpd.withdraw(approved))
                .withMessageContaining("can no longer be withdrawn");
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_saved() {
        var member = support.member("Chidi Eze");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var evidence = support.evidenceOf(member);
        cpd.submit(null, CpdTestSupport.workshop("Once only", today().minusDays(4), "4", evidence));
        int before = rowsFor(member.id());

        assertRefused(CpdTestSupport.workshop("Tomorrow", today().plusDays(1), "2", evidence), "future");
        assertRefused(CpdTestSupport.workshop("Before the cycle", today().minusYears(2), "2", evidence),
                "outside the current cycle");
        assertRefused(CpdTestSupport.workshop("Marathon", today().minusDays(1), "25", evidence), "24 hours");
        assertRefused(CpdTestSupport.workshop("Once only", today().minusDays(4), "4", evidence), "already logged");
        assertRefused(new CpdActivityData(CpdCategory.RESEARCH, "JOURNAL_ARTICLE", "My article", "CX Journal",
                today().minusDays(4), today().minusDays(4), null, null, null, null, false, List.of(evidence)),
                "independent of your normal job");
        assertThat(rowsFor(member.id())).isEqualTo(before);
    }

    @Test
    void evidence_of_the_wrong_type_is_refused_at_upload_and_another_members_file_cannot_be_attached() {
        var member = support.member("Dara Singh");
        var other = support.member("Eli Moss");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(other.email(), Role.MEMBER);
        var othersFile = support.evidenceOf(other);

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(() -> documents.store(member.id(),
                "certificate.pdf", new ByteArrayInputStream(SampleFiles.text("not really a pdf")), -1));
        assertRefused(CpdTestSupport.workshop("Borrowed evidence", today().minusDays(2), "2", othersFile),
                "files you uploaded yourself");
    }

    @Test
    void a_member_never_sees_another_members_activity_or_evidence_by_id_while_the_registrar_reads_the_evidence() {
        var owner = support.member("Femi Ade");
        var snoop = support.member("Gil Amar");
        support.award(owner, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(owner.email(), Role.MEMBER);
        var evidence = support.evidenceOf(owner);
        long id = cpd.submit(null, CpdTestSupport.workshop("Private workshop", today().minusDays(2), "2",
                evidence));

        TestAccounts.signInAs(snoop.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdActivityNotFoundException.class).isThrownBy(() -> cpd.myActivity(id));
        assertThatExceptionOfType(CpdActivityNotFoundException.class).isThrownBy(() -> cpd.withdraw(id));
        assertThat(documents.find(evidence)).isEmpty();
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> reviewQueue.page("",
                org.springframework.data.domain.Pageable.ofSize(10)));

        TestAccounts.asRegistrar();
        assertThat(documents.find(evidence)).isPresent();
        assertThat(review.forReview(id).evidence()).containsExactly(evidence);
    }

    @Test
    void one_activity_counts_for_every_certification_whose_cycle_contains_its_date() {
        var member = support.member("Hana Ito");
        support.award(member, "CCSP", today().minusYears(2));
        support.award(member, "CRMM", today().minusMonths(3));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long inBoth = cpd.submit(null, CpdTestSupport.workshop("CRM data quality", today().minusMonths(1), "5",
                support.evidenceOf(member)));
        long onlyFirst = cpd.submit(null, CpdTestSupport.workshop("Listening skills", today().minusMonths(6), "4",
                support.evidenceOf(member)));
        withoutAudit(() -> {
            TestAccounts.asRegistrar();
            review.approve(inBoth);
            review.approve(onlyFirst);
        });

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(cpd.myProgress()).extracting(progress -> progress.certification().designationCode(),
                        progress -> progress.counted().intValue(), progress -> progress.required().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CCSP", 9, 36),
                        org.assertj.core.groups.Tuple.tuple("CRMM", 5, 45));
    }

    @Test
    void an_approved_claim_drawn_for_audit_still_counts_and_asks_for_the_evidence_again() {
        var member = support.member("Ivo Petrov");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var firstEvidence = support.evidenceOf(member);
        long id = cpd.submit(null, CpdTestSupport.workshop("Audited workshop", today().minusDays(3), "4",
                firstEvidence));
        TestSettings.override(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT, 100);
        try {
            TestAccounts.asRegistrar();
            review.approve(id);
        } finally {
            TestSettings.restore(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT);
        }

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(cpd.myActivity(id).status()).isEqualTo(CpdActivityStatus.AUDIT_REQUESTED);
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo("4");
        // An audit asks for the evidence again: an answer that brings nothing new is refused on the evidence field.
        for (var nothingNew : List.of(List.<java.util.UUID>of(), List.of(firstEvidence))) {
            assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> cpd.answerAudit(id, nothingNew))
                    .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                            .containsExactly(CpdActivityData.EVIDENCE));
        }
        assertThat(cpd.myActivity(id).status()).isEqualTo(CpdActivityStatus.AUDIT_REQUESTED);
        cpd.answerAudit(id, List.of(support.evidenceOf(member)));
        assertThat(cpd.myActivity(id).evidence()).hasSize(2);

        TestAccounts.asRegistrar();
        review.approve(id);
        assertThat(review.forReview(id).status()).isEqualTo(CpdActivityStatus.APPROVED);
        awaitQueued(member.email(), 2);
        assertThat(queuedSubjects(member.email())).contains("CPD activity approved: Audited workshop",
                "Your CPD activity was chosen for audit");
    }

    @Test
    void the_same_activity_submitted_from_two_sessions_at_the_same_instant_is_saved_once_and_the_other_refused()
            throws Exception {
        var member = support.member("Tariq Aziz");
        support.award(member, "CCSP", today().minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var session = SecurityContextHolder.getContext();
        // Several rounds, since one round of a race may happen to run one after the other.
        for (int round = 1; round <= 3; round++) {
            var form = CpdTestSupport.workshop("Complaint handling masterclass " + round, today().minusDays(round),
                    "3", support.evidenceOf(member));
            var start = new CountDownLatch(1);
            Callable<Long> submit = () -> {
                SecurityContextHolder.setContext(session);
                start.await();
                return cpd.submit(null, form);
            };
            try (var pool = Executors.newFixedThreadPool(2)) {
                Future<Long> a = pool.submit(submit);
                Future<Long> b = pool.submit(submit);
                start.countDown();
                assertThat(List.of(outcome(a), outcome(b))).containsExactlyInAnyOrder("saved",
                        "You have already logged this activity (\u201cComplaint handling masterclass " + round
                                + "\u201d on the same dates); it counts once.");
            }
        }
        SecurityContextHolder.setContext(session);
        assertThat(cpd.myActivities()).hasSize(3);
    }

    private static String outcome(Future<Long> submission) throws InterruptedException {
        try {
            submission.get();
            return "saved";
        } catch (ExecutionException refused) {
            return refused.getCause().getMessage();
        }
    }

    private void assertRefused(CpdActivityData form, String message) {
        assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> cpd.submit(null, form))
                .withMessageContaining(message);
    }

    /** The audit sample is random; these tests are about the decision itself. */
    private void withoutAudit(Runnable decisions) {
        TestSettings.override(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT, 0);
        try {
            decisions.run();
        } finally {
            TestSettings.restore(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT);
        }
    }

    private int rowsFor(long accountId) {
        return jdbc.queryForObject("select count(*) from cpd_activity where account_id = ?", Integer.class, accountId);
    }

    private void awaitQueued(String email, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ?", Integer.class, email) >= count);
    }

    private List<String> queuedSubjects(String email) {
        return jdbc.queryForList("select subject from outbound_email where recipient = ?", String.class, email);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
