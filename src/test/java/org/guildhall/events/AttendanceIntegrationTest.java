package org.guildhall.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.events.AttendanceImportReport.Outcome;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.PeopleSheetRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.guildhall.TestAccounts.asRegistrar;
import static org.guildhall.TestAccounts.member;
import static org.guildhall.TestAccounts.signInAs;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;

/** Issue 7: attendance earns membership points (and CPD credit), taking it back takes them back; the CSV sheet. */
@IntegrationTest
class AttendanceIntegrationTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired PointsService points;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired CpdService cpd;
    @Autowired CertificationAwards awards;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void attendance_adds_the_events_points_and_cpd_hours_and_removing_it_takes_both_back() {
        var member = certified(member(provisioning, memberships, "Amara Points"));
        var event = startedEventWith(member);
        signInAs(member);
        var countedBefore = cpd.myProgress().getFirst().counted();

        asRegistrar();
        assertThat(attendance.markAttended(event.id(), member.id())).as("no CPD refusal").isNull();
        attendance.markAttended(event.id(), member.id());

        signInAs(member);
        var statement = points.myPoints();
        assertThat(statement.total()).as("counted once, however often it is marked").isEqualTo(10);
        assertThat(statement.entries()).singleElement().extracting(PointsStatement.Entry::reason)
                .isEqualTo("Seminar: Complaint handling that keeps customers");
        assertThat(registrations.mine(event.id()).orElseThrow().attended()).isTrue();
        assertThat(attendance.myAttendance()).extracting(AttendedEvent::eventId).containsExactly(event.id());
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo(countedBefore.add(
                new BigDecimal("2.5")));
        var activity = cpd.myActivities().getFirst();
        assertThat(activity.automatic()).isTrue();
        assertThat(activity.status()).isEqualTo(CpdActivityStatus.APPROVED);
        assertThat(activity.category()).isEqualTo(CpdCategory.CONTINUING_EDUCATION);
        assertThat(activity.activityType()).isEqualTo("CONFERENCE");
        assertThat(activity.title()).isEqualTo(event.title());

        asRegistrar();
        attendance.removeAttendance(event.id(), member.id());

        signInAs(member);
        assertThat(points.myPoints().total()).isZero();
        assertThat(points.myPoints().entries()).isEmpty();
        assertThat(attendance.myAttendance()).isEmpty();
        assertThat(cpd.myActivities()).isEmpty();
        assertThat(cpd.myProgress().getFirst().counted()).isEqualByComparingTo(countedBefore);
    }

    @Test
    void attendance_without_a_certification_to_count_it_keeps_its_points_and_says_why_there_is_no_cpd_credit() {
        var member = member(provisioning, memberships, "Uncertified Attendee");
        var event = startedEventWith(member);

        asRegistrar();
        String noCredit = attendance.markAttended(event.id(), member.id());

        assertThat(noCredit).contains("outside the current cycle of every certification");
        signInAs(member);
        assertThat(points.myPoints().total()).isEqualTo(10);
        assertThat(cpd.myActivities()).isEmpty();
    }

    @Test
    void a_listed_presenter_is_credited_instruction_hours_for_this_events_audience_without_registering() {
        var presenter = certified(member(provisioning, memberships, "Daniel Presenter"));
        var event = publish(events, seminar(clock, Duration.ofHours(-2), 20, "0.00", Set.of(presenter.id())));

        asRegistrar();
        assertThat(attendance.registrants(event.id())).singleElement().extracting(Registrant::presenter)
                .isEqualTo(true);
        attendance.markAttended(event.id(), presenter.id());

        signInAs(presenter);
        var attended = attendance.myAttendance().getFirst();
        assertThat(attended.asPresenter()).isTrue();
        assertThat(attended.cpdCategory()).isEqualTo(CpdCategory.INSTRUCTION);
        assertThat(points.myPoints().entries().getFirst().reason()).endsWith("(presenter)");
        var instruction = cpd.myActivities().getFirst();
        assertThat(instruction.category()).isEqualTo(CpdCategory.INSTRUCTION);
        assertThat(instruction.activityType()).isEqualTo("COURSE_OR_SESSION");
        assertThat(instruction.audience()).startsWith("Attendees of event no. " + event.id());
        assertThat(instruction.hours()).isEqualByComparingTo("2.5");
    }

    @Test
    void someone_without_a_place_cannot_be_marked_and_nobody_before_the_event_starts() {
        var outsider = member(provisioning, memberships, "No Place");
        var started = publish(events, seminar(clock, Duration.ofHours(-1), 20, "0.00", Set.of()));
        var future = publish(events, seminar(clock, Duration.ofDays(4), 20, "0.00", Set.of()));

        asRegistrar();
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> attendance.markAttended(started.id(), outsider.id()))
                .withMessageContaining("confirmed place");
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> attendance.markAttended(future.id(), outsider.id()))
                .withMessageContaining("once the event has started");
    }

    @Test
    void only_registrars_mark_attendance() {
        var member = member(provisioning, memberships, "Self Marker");
        var event = startedEventWith(member);

        signInAs(member);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> attendance.markAttended(event.id(), member.id()));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> attendance.importAttendance(event.id(), csv(member.email())));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> attendance.registrants(event.id()));
    }

    @Test
    void an_attendance_sheet_records_matched_rows_and_reports_every_other_row() {
        var byEmail = member(provisioning, memberships, "Sheet Email");
        var byNumber = member(provisioning, memberships, "Sheet Number");
        var notRegistered = member(provisioning, memberships, "Sheet Outsider");
        var event = startedEventWith(byEmail, byNumber);
        String number = memberships.membershipOf(byNumber.id()).orElseThrow().memberNumber();
        var sheet = csv("Email or member number", byEmail.email().toUpperCase(), number.toLowerCase(), "",
                notRegistered.email(), "nobody.at.all@example.org", "GH-999999", "Sheet Email", byEmail.email());

        asRegistrar();
        var preview = attendance.previewImport(event.id(), sheet);
        assertThat(preview.applied()).isFalse();
        assertThat(preview.count(Outcome.MATCHED)).isEqualTo(2);
        assertThat(attendance.registrants(event.id())).noneMatch(Registrant::attended);

        var report = attendance.importAttendance(event.id(), sheet);

        assertThat(report.applied()).isTrue();
        assertThat(report.rows()).extracting(AttendanceImportReport.Row::lineNumber,
                AttendanceImportReport.Row::outcome).containsExactly(
                tuple(2, Outcome.MATCHED),
                tuple(3, Outcome.MATCHED),
                tuple(5, Outcome.NOT_REGISTERED),
                tuple(6, Outcome.UNKNOWN_PERSON),
                tuple(7, Outcome.UNKNOWN_PERSON),
                tuple(8, Outcome.UNREADABLE),
                tuple(9, Outcome.DUPLICATE));
        assertThat(attendance.registrants(event.id())).filteredOn(Registrant::attended)
                .extracting(Registrant::accountId).containsExactlyInAnyOrder(byEmail.id(), byNumber.id());
        signInAs(byNumber);
        assertThat(points.myPoints().total()).isEqualTo(10);

        asRegistrar();
        var again = attendance.importAttendance(event.id(), sheet);
        assertThat(again.count(Outcome.ALREADY_RECORDED)).isEqualTo(2);
        assertThat(again.count(Outcome.MATCHED)).isZero();
    }

    @Test
    void a_sheet_in_the_wrong_encoding_or_too_long_records_nothing_and_says_why() {
        var member = member(provisioning, memberships, "Sheet Refused");
        var event = startedEventWith(member);
        byte[] latin1 = (member.email() + "\nJos\u00e9 Mu\u00f1oz\n").getBytes(StandardCharsets.ISO_8859_1);
        var tenThousand = new StringBuilder(member.email()).append('\n');
        for (int line = 1; line < 10_000; line++) {
            tenThousand.append("attendee").append(line).append("@example.org\n");
        }

        asRegistrar();
        assertThatExceptionOfType(PeopleSheetRefusedException.class)
                .isThrownBy(() -> attendance.importAttendance(event.id(), latin1))
                .withMessageContaining("not UTF-8");
        assertThatExceptionOfType(PeopleSheetRefusedException.class)
                .isThrownBy(() -> attendance.importAttendance(event.id(),
                        tenThousand.toString().getBytes(StandardCharsets.UTF_8)))
                .withMessageContaining("more than 2000 rows");
        assertThat(attendance.registrants(event.id())).noneMatch(Registrant::attended);
    }

    @Test
    void the_attendance_certificate_is_the_attendees_and_names_them_and_the_event() throws Exception {
        var member = member(provisioning, memberships, "Zofia W\u0142odarczyk");
        var other = member(provisioning, memberships, "Other Person");
        var event = startedEventWith(member, other);
        asRegistrar();
        attendance.markAttended(event.id(), member.id());

        signInAs(member);
        String text;
        try (var pdf = Loader.loadPDF(attendance.myCertificate(event.id(), Locale.UK))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Certificate of Attendance", "Zofia W\u0142odarczyk",
                "Complaint handling that keeps customers", "2.5 CPD credits (Continuing Education)",
                "10 membership points");
        // Issue 14: written in the language of the page the member downloaded it from.
        try (var pdf = Loader.loadPDF(attendance.myCertificate(event.id(), Locale.FRANCE))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Attestation de participation",
                    "Zofia W\u0142odarczyk", "2,5 crédits de DPC (Formation continue)", "10 points d’adhésion");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }

        signInAs(other);
        assertThatExceptionOfType(EventNotFoundException.class)
                .isThrownBy(() -> attendance.myCertificate(event.id(), Locale.UK));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> attendance.certificateOf(event.id(), member.id(), Locale.UK));
    }

    /** Holds a CCSP whose cycle began last year, so today's events count toward it. */
    private AccountSummary certified(AccountSummary member) {
        awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        return member;
    }

    /** An event that has just begun, with these people holding places (registered before it started). */
    private EventSummary startedEventWith(AccountSummary... people) {
        var event = publish(events, seminar(clock, Duration.ofMinutes(1), 20, "0.00", Set.of()));
        for (var person : people) {
            registerAs(registrations, person, event.id());
        }
        clock.advance(Duration.ofMinutes(2));
        return event;
    }

    private static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
