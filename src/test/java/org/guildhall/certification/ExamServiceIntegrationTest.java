package org.guildhall.certification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationEvents.ExperienceRouteOpened;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceNotFoundException;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentDeclarationData;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4, "Exams" and "Bad input and access": enrolment with its fee, booking (the last-seat race), results and
 * the award, re-application after expiry, and the experience route's opening.
 */
@IntegrationTest
@RecordApplicationEvents
class ExamServiceIntegrationTest {

    @Autowired ExamService exams;
    @Autowired EligibilityService eligibility;
    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired PaymentService payments;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_eligible_candidate_enrols_pays_books_passes_and_is_awarded_from_the_sitting_date() {
        var candidate = eligibleCandidate("Ngozi Eze");
        var enrolment = exams.enrol(new ExamEnrolmentData("CCES"));
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.AWAITING_PAYMENT);
        var invoice = payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject()).orElseThrow();
        assertThat(invoice.amount()).isEqualByComparingTo("395.00");
        var sitting = sittingSoon(10);
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.book(enrolment.id(), sitting.id()))
                .withMessageContaining("Pay the exam fee first");

        confirmAsRegistrar(invoice.id());
        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        awaitStatus(enrolment.id(), EnrolmentStatus.READY_TO_BOOK);
        var booking = exams.book(enrolment.id(), sitting.id());
        assertThat(booking.sitting().seatsTaken()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        asRegistrar();
        var result = exams.enterResult(booking.id(), new ExamResultData(78, 70));
        assertThat(result.passed()).isTrue();
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.enterResult(booking.id(), new ExamResultData(40, 70)))
                .withMessageContaining("cannot be entered twice");

        assertThat(certifications.certificationsOf(candidate.id())).singleElement().satisfies(awarded -> {
            assertThat(awarded.designationCode()).isEqualTo("CCES");
            assertThat(awarded.route()).isEqualTo(Route.EXAM);
            assertThat(awarded.awardedOn()).isEqualTo(sitting.startsAt().toLocalDate());
        });
        // Emails at enrolment, booking and result, and the award's, queued by the notification module's listeners
        // after commit (the award's and the result's from one transaction, in either order).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select subject from outbound_email where recipient = ? order by id", String.class,
                candidate.email())).contains("Congratulations: you are awarded CCES", "Your CCES exam result"));
        assertThat(jdbc.queryForList("select subject from outbound_email where recipient = ? and subject not like "
                + "'Congratulations%' order by id", String.class, candidate.email())).satisfiesExactly(
                        enrolled -> assertThat(enrolled).isEqualTo("You are enrolled for the CCES exam"),
                        booked -> assertThat(booked).startsWith("Your CCES exam: "),
                        told -> assertThat(told).isEqualTo("Your CCES exam result"));
    }

    @Test
    void a_fail_lets_the_candidate_book_another_sitting() {
        var candidate = eligibleCandidate("Bram de Vries");
        var enrolment = paidEnrolment(candidate, "CRMP");
        var first = sittingSoon(5);
        var booking = exams.book(enrolment.id(), first.id());
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.book(enrolment.id(), sittingInDays(20).id()))
                .withMessageContaining("already have a sitting booked");

        clock.advance(Duration.ofMinutes(2));
        asRegistrar();
        assertThat(exams.enterResult(booking.id(), new ExamResultData(55, 70)).passed()).isFalse();

        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        var retake = exams.book(enrolment.id(), sittingInDays(21).id());
        assertThat(retake.enrolmentId()).isEqualTo(enrolment.id());
        assertThat(exams.myEnrolments().getFirst().bookings()).hasSize(2);
        assertThat(certifications.certificationsOf(candidate.id())).isEmpty();
    }

    @Test
    void two_candidates_after_the_last_seat_get_one_winner_and_one_clear_refusal() throws Exception {
        var first = eligibleCandidate("Ana Lima");
        var firstEnrolment = paidEnrolment(first, "CCCP");
        var firstContext = context();
        var second = eligibleCandidate("Jonas Berg");
        var secondEnrolment = paidEnrolment(second, "CCCP");
        var secondContext = context();
        var lastSeat = sittingInDays(30, 1);

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<BookingSummary> a = pool.submit(booking(firstContext, start, firstEnrolment.id(), lastSeat.id()));
            Future<BookingSummary> b = pool.submit(booking(secondContext, start, secondEnrolment.id(), lastSeat.id()));
            start.countDown();
            var outcomes = List.of(outcome(a), outcome(b));
            assertThat(outcomes).containsExactlyInAnyOrder("booked",
                    "Sorry, the last seat at this sitting has just been taken. Please choose another sitting.");
        }
        asRegistrar();
        assertThat(exams.sitting(lastSeat.id()).seatsTaken()).isEqualTo(1);
        assertThat(exams.candidatesAt(lastSeat.id())).hasSize(1);
    }

    @Test
    void two_enrolments_sent_at_the_same_instant_make_one_enrolment_and_one_clear_refusal() throws Exception {
        var candidate = eligibleCandidate("Lucia Ferraro");
        var as = context();
        var start = new CountDownLatch(1);
        Callable<EnrolmentDetails> enrol = () -> {
            SecurityContextHolder.setContext(as);
            start.await();
            return exams.enrol(new ExamEnrolmentData("CCES"));
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<EnrolmentDetails> a = pool.submit(enrol);
            Future<EnrolmentDetails> b = pool.submit(enrol);
            start.countDown();
            assertThat(List.of(outcome(a), outcome(b))).containsExactlyInAnyOrder("enrolled",
                    "You are already enrolled for the CCES exam.");
        }
        SecurityContextHolder.setContext(as);
        assertThat(exams.myEnrolments()).singleElement()
                .satisfies(only -> assertThat(only.designationCode()).isEqualTo("CCES"));
    }

    @Test
    void a_past_sitting_cannot_be_booked_and_results_wait_for_the_sitting_day() {
        var candidate = eligibleCandidate("Yusuf Kaya");
        var enrolment = paidEnrolment(candidate, "CRMS");
        var soon = sittingSoon(3);
        var later = sittingInDays(10);
        var booking = exams.book(enrolment.id(), later.id());

        clock.advance(Duration.ofMinutes(2));
        var otherCandidate = eligibleCandidate("Lea Roth");
        var otherEnrolment = paidEnrolment(otherCandidate, "CRMS");
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.book(otherEnrolment.id(), soon.id()))
                .withMessageContaining("already taken place");
        asRegistrar();
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.enterResult(booking.id(), new ExamResultData(90, 70)))
                .withMessageContaining("has not taken place yet");
    }

    @Test
    void only_registrars_schedule_sittings_and_enter_results() {
        eligibleCandidate("Mara Ilic");
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> exams.scheduleSitting(new SittingData(LocalDate.now(clock).plusDays(3),
                        LocalTime.NOON, "Room 1", null, 5, 180)));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
                () -> exams.enterResult(1, new ExamResultData(90, 70)));
    }

    @Test
    void enrolment_is_refused_with_every_missing_requirement_and_changes_nothing() {
        var candidate = member("Tariq Aziz");
        eligibility.addWorkPeriod("Harbour Insurance", "Claims handler", today().minusYears(1).plusDays(1), null,
                ExperienceKind.CUSTOMER_SERVICE_ROLE, "Claims calls.");

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.enrol(new ExamEnrolmentData("CCSP")))
                .withMessageContaining("1 year short of 2 years")
                .withMessageContaining("Upload your certificate for Customer Service Skills Development");
        assertThat(exams.myEnrolments()).isEmpty();
        assertThat(payments.myInvoices()).isEmpty();
        assertThat(candidate.id()).isPositive();
    }

    @Test
    void re_apply_opens_only_after_the_cycle_expired_for_that_designation_at_the_same_fee() {
        var candidate = eligibleCandidate("Hana Sato");
        var current = awards.award(candidate.id(), "CCSP", Route.EXAM, today().minusYears(1));
        var expired = awards.award(candidate.id(), "CRMM", Route.EXAM, today().minusYears(3).minusDays(2));

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.reapply(current.id()))
                .withMessageContaining("when this cycle expires");
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.enrol(new ExamEnrolmentData("CCSP")))
                .withMessageContaining("You hold CCSP");

        var retake = exams.reapply(expired.id());
        assertThat(retake.designationCode()).isEqualTo("CRMM");
        assertThat(retake.reappliesCertificationId()).isEqualTo(expired.id());
        assertThat(payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, retake.invoiceSubject()).orElseThrow().amount())
                .isEqualByComparingTo("450.00");
    }

    @Test
    void a_member_cannot_reach_another_members_certification_invoice_or_enrolment_by_id() {
        var owner = eligibleCandidate("Ines Duarte");
        var enrolment = exams.enrol(new ExamEnrolmentData("CCSP"));
        var invoice = payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject()).orElseThrow();
        var held = awards.award(owner.id(), "CRMP", Route.EXAM, today().minusYears(4));

        var nosy = eligibleCandidate("Nosy Parker");
        exams.enrol(new ExamEnrolmentData("CCSP"));
        assertThatExceptionOfType(InvoiceNotFoundException.class).isThrownBy(() -> payments.invoice(invoice.id()));
        assertThatExceptionOfType(InvoiceNotFoundException.class)
                .isThrownBy(() -> payments.declarePayment(invoice.id(), new PaymentDeclarationData("BACS 1")));
        assertThatExceptionOfType(CertificationNotFoundException.class)
                .isThrownBy(() -> certifications.certification(held.id()));
        assertThatExceptionOfType(CertificationNotFoundException.class).isThrownBy(() -> exams.reapply(held.id()));
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> exams.book(enrolment.id(), sittingInDays(12).id()))
                .withMessageContaining("There is no enrolment");
        assertThat(nosy.id()).isNotEqualTo(owner.id());
    }

    @Test
    void passing_the_experience_check_opens_the_route_once() {
        var candidate = member("Oren Katz");
        eligibility.addWorkPeriod("Lumen Care", "Head of Customer Care", today().minusYears(5), today().minusDays(1),
                ExperienceKind.MANAGEMENT_OR_CRM, "Ran a 40-seat care line.");

        eligibility.openExperienceRoute("CCSM");
        eligibility.openExperienceRoute("CCSM");

        assertThat(events.stream(ExperienceRouteOpened.class)
                .filter(opened -> opened.candidateAccountId() == candidate.id())).singleElement()
                .satisfies(opened -> assertThat(opened.designationCode()).isEqualTo("CCSM"));
        assertThat(eligibility.myOpenedExperienceRoutes()).containsExactly("CCSM");
    }

    @Test
    void one_day_short_of_the_experience_route_keeps_it_closed() {
        var candidate = member("Pia Holm");
        eligibility.addWorkPeriod("Lumen Care", "CRM Manager", today().minusYears(5), today().minusDays(2),
                ExperienceKind.MANAGEMENT_OR_CRM, "Ran the CRM.");

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> eligibility.openExperienceRoute("CCSM"))
                .withMessage("Management or CRM experience: 1 day short of 5 years.");
        assertThat(events.stream(ExperienceRouteOpened.class)
                .filter(opened -> opened.candidateAccountId() == candidate.id())).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private AccountSummary member(String name) {
        return ExamCandidates.member(provisioning, name);
    }

    private AccountSummary eligibleCandidate(String name) {
        return ExamCandidates.eligibleCandidate(provisioning, eligibility, documents, clock, name);
    }

    private EnrolmentDetails paidEnrolment(AccountSummary candidate, String designationCode) {
        var enrolment = exams.enrol(new ExamEnrolmentData(designationCode));
        confirmAsRegistrar(payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject())
                .orElseThrow().id());
        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        awaitStatus(enrolment.id(), EnrolmentStatus.READY_TO_BOOK);
        return enrolment;
    }

    private void awaitStatus(long enrolmentId, EnrolmentStatus status) {
        var candidate = context();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            SecurityContextHolder.setContext(candidate);
            return exams.myEnrolments().stream().anyMatch(found -> found.id() == enrolmentId
                    && found.status() == status);
        });
    }

    private void confirmAsRegistrar(long invoiceId) {
        var previous = context();
        asRegistrar();
        payments.confirmPayment(invoiceId, "BACS test");
        SecurityContextHolder.setContext(previous);
    }

    private void asRegistrar() {
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
    }

    /** A sitting starting a minute from now, so the test can move the clock past it. */
    private SittingSummary sittingSoon(int capacity) {
        return schedule(LocalDateTime.now(clock).plusMinutes(1), capacity);
    }

    private SittingSummary sittingInDays(int days) {
        return sittingInDays(days, 10);
    }

    private SittingSummary sittingInDays(int days, int capacity) {
        return schedule(LocalDateTime.now(clock).plusDays(days), capacity);
    }

    private SittingSummary schedule(LocalDateTime startsAt, int capacity) {
        var previous = context();
        asRegistrar();
        var sitting = exams.scheduleSitting(new SittingData(startsAt.toLocalDate(), startsAt.toLocalTime(),
                "Guildhall, Room 3", null,
                capacity, 180));
        SecurityContextHolder.setContext(previous);
        return sitting;
    }

    private Callable<BookingSummary> booking(SecurityContext as, CountDownLatch start, long enrolmentId,
            long sittingId) {
        return () -> {
            SecurityContextHolder.setContext(as);
            start.await();
            return exams.book(enrolmentId, sittingId);
        };
    }

    private static String outcome(Future<?> attempt) throws InterruptedException {
        try {
            return attempt.get() instanceof BookingSummary ? "booked" : "enrolled";
        } catch (ExecutionException failed) {
            return failed.getCause().getMessage();
        }
    }

    private static SecurityContext context() {
        return new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
