package org.guildhall.certification.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExamCourse;
import org.guildhall.certification.ExamEnrolmentData;
import org.guildhall.certification.ExamResultData;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.Route;
import org.guildhall.certification.SittingData;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingReason;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.certification.domain.ExamBooking;
import org.guildhall.certification.domain.ExamBookingRepository;
import org.guildhall.certification.domain.ExamEnrolment;
import org.guildhall.certification.domain.ExamEnrolmentRepository;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.certification.domain.ExamSittingRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.PdfLayout;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RunAs;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Certification demo data after the demo accounts and memberships: sittings ahead for booking; Amara Okafor
 * (member@) holding an active CCSP passed two years ago and a lapsed CRMP she can re-apply for, with her paid
 * exam fees and the past sittings where she passed; Sofia Marchetti enrolled for CCSP with the fee still to pay;
 * Kwame Mensah a few months short of the exam route, his CCCP suspended while the institute reviews a complaint;
 * Liam O'Connor's CCSP, passed five months ago, revoked for a breach of the code of conduct. Demo profile only.
 */
@Component
@Profile("demo")
@Order(3)
class DemoCertifications implements ApplicationRunner {

    private static final String AMARA = "member@guildhall.example";
    private static final String SOFIA = "sofia.marchetti@contoso-retail.example";
    private static final String KWAME = "kwame.mensah@accra-bank.example";
    private static final String LIAM = "liam.oconnor@harbour-insurance.example";
    private static final String REGISTRAR = "registrar@guildhall.example";
    private static final String FINSBURY_SQUARE = "Guildhall Institute, 10 Finsbury Square, London EC2A 1AF, Room 2";

    private final AccountService accounts;
    private final CertificationAwards awards;
    private final EligibilityService eligibility;
    private final ExamService exams;
    private final PaymentService payments;
    private final DocumentService documents;
    private final CertificationStandingService standing;
    private final ExamSittingRepository sittings;
    private final ExamEnrolmentRepository enrolments;
    private final ExamBookingRepository bookings;
    private final DesignationRepository designations;
    private final Clock clock;

    DemoCertifications(AccountService accounts, CertificationAwards awards, EligibilityService eligibility,
            ExamService exams, PaymentService payments, DocumentService documents,
            CertificationStandingService standing, ExamSittingRepository sittings,
            ExamEnrolmentRepository enrolments, ExamBookingRepository bookings, DesignationRepository designations,
            Clock clock) {
        this.accounts = accounts;
        this.awards = awards;
        this.eligibility = eligibility;
        this.exams = exams;
        this.payments = payments;
        this.documents = documents;
        this.standing = standing;
        this.sittings = sittings;
        this.enrolments = enrolments;
        this.bookings = bookings;
        this.designations = designations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sittings.count() > 0) {
            return;
        }
        var now = LocalDateTime.now(clock);
        var today = now.toLocalDate();
        sittings.saveAll(List.of(
                new ExamSitting(new SittingData(today.plusWeeks(2), LocalTime.of(9, 30), FINSBURY_SQUARE, null, 24,
                        180), now),
                new ExamSitting(new SittingData(today.plusWeeks(5), LocalTime.of(14, 0), null,
                        "https://exams.guildhall.example/live/ccx", 40, 120), now),
                new ExamSitting(new SittingData(today.plusWeeks(9), LocalTime.of(10, 0), "Manchester Central, "
                        + "Windmill Street, M2 3GX", "https://exams.guildhall.example/live/mcr", 30, 180), now)));

        accounts.findByEmail(AMARA).ifPresent(amara -> {
            RunAs.run(amara.email(), Role.MEMBER, () -> {
                history(new Job("Northwind Telecom", "Customer Service Team Leader", today.minusYears(6), null,
                        ExperienceKind.MANAGEMENT_OR_CRM, "Leads a team of twelve advisers on the broadband help "
                                + "line; introduced first-contact-resolution coaching."),
                        new Job("Contoso Retail", "Customer Service Adviser", today.minusYears(9),
                                today.minusYears(6).minusDays(1), ExperienceKind.CUSTOMER_SERVICE_ROLE,
                                "Store and telephone customer service, complaints and returns."));
                courseCertificates(amara);
            });
            var passed = today.minusYears(2).minusMonths(1);
            passedHistoricExam(amara, "CCSP", passed, 82);
            awards.award(amara.id(), "CCSP", Route.EXAM, passed);
            var earlier = today.minusYears(3).minusMonths(4);
            passedHistoricExam(amara, "CRMP", earlier, 77);
            awards.award(amara.id(), "CRMP", Route.EXAM, earlier);
            awards.lapseExpired();
        });

        accounts.findByEmail(SOFIA).ifPresent(sofia -> RunAs.run(sofia.email(), Role.MEMBER, () -> {
            history(new Job("Contoso Retail", "Customer Care Specialist", today.minusYears(3).minusMonths(2), null,
                    ExperienceKind.CUSTOMER_SERVICE_ROLE, "Handles escalated online orders and loyalty-scheme "
                            + "queries; trains new starters on the CRM."));
            courseCertificates(sofia);
            exams.enrol(new ExamEnrolmentData("CCSP"));
        }));

        accounts.findByEmail(KWAME).ifPresent(kwame -> {
            RunAs.run(kwame.email(), Role.MEMBER, () -> history(
                    new Job("Accra Commercial Bank", "Relationship Officer", today.minusYears(1).minusMonths(8), null,
                            ExperienceKind.CUSTOMER_SERVICE_ROLE, "Looks after 300 small-business customers: "
                                    + "account queries, complaints and onboarding.")));
            var held = awards.award(kwame.id(), "CCCP", Route.EXAM, today.minusMonths(20));
            RunAs.run(REGISTRAR, Role.REGISTRAR, () -> standing.suspend(held.id(), new StandingData(
                    StandingReason.UNDER_REVIEW, "A customer’s complaint about advice you gave is being reviewed; "
                            + "we will write to you with the outcome.", today.plusMonths(2))));
        });

        accounts.findByEmail(LIAM).ifPresent(liam -> {
            // Passed five months ago: the dashboard's pass rate and awards chart have a recent result to show.
            var passed = today.minusMonths(5);
            passedHistoricExam(liam, "CCSP", passed, 78);
            var held = awards.award(liam.id(), "CCSP", Route.EXAM, passed);
            RunAs.run(REGISTRAR, Role.REGISTRAR, () -> standing.revoke(held.id(), new StandingData(
                    StandingReason.CODE_OF_CONDUCT, "The conduct panel found that you shared customers’ personal "
                            + "data outside your employer; the certification is withdrawn.", null)));
        });
    }

    private void history(Job... jobs) {
        for (Job job : jobs) {
            eligibility.addWorkPeriod(job.employer(), job.role(), job.from(), job.to(), job.kind(), job.description());
        }
    }

    private void courseCertificates(AccountSummary candidate) {
        for (ExamCourse course : eligibility.courses()) {
            if (course.required()) {
                byte[] pdf = coursePdf(candidate.fullName(), course.name());
                var stored = documents.store(candidate.id(), course.code().toLowerCase() + "-certificate.pdf",
                        new ByteArrayInputStream(pdf), pdf.length);
                eligibility.setCourseCertificates(course.code(), List.of(stored.id()));
            }
        }
    }

    /**
     * An exam enrolment paid two months before {@code satOn}, with its paid invoice, and its booking on that day's
     * sitting (scheduled six weeks ahead, as the registrar would have), passed with {@code score}: the member's
     * history and the exam results report's past sittings.
     */
    private void passedHistoricExam(AccountSummary candidate, String designationCode, LocalDate satOn, int score) {
        var enrolledOn = satOn.minusMonths(2);
        var at = enrolledOn.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        var enrolment = new ExamEnrolment(candidate.id(), designations.findById(designationCode).orElseThrow(), null,
                at);
        enrolment.feePaid(at);
        enrolment.booked();
        enrolment.resultEntered(true);
        enrolments.save(enrolment);
        var sitting = sittings.save(new ExamSitting(new SittingData(satOn, LocalTime.of(9, 30), FINSBURY_SQUARE, null,
                24, 180), satOn.minusWeeks(6).atStartOfDay()));
        var booking = new ExamBooking(enrolment.id(), sitting.id(), at);
        booking.enterResult(new ExamResultData(score, 70), REGISTRAR, satOn.plusDays(3).atTime(LocalTime.NOON)
                .toInstant(ZoneOffset.UTC));
        bookings.save(booking);
        var invoice = payments.issue(candidate.id(), PaymentPurpose.EXAM_ENROLMENT,
                ExamService.invoiceSubject(enrolment.id()), "Exam enrolment: " + enrolment.designationName() + " ("
                        + designationCode + ")", enrolment.examFee());
        RunAs.run(REGISTRAR, Role.REGISTRAR,
                () -> payments.confirmPayment(invoice.id(), "BACS " + invoice.reference()));
    }

    /** A one-page course certificate, as a training provider would issue it. */
    private static byte[] coursePdf(String name, String course) {
        return PdfLayout.portrait("Certificate of completion: " + course, Locale.UK)
                .heading(1, "Certificate of completion: " + course)
                .paragraph("Awarded to " + name)
                .toBytes();
    }

    private record Job(String employer, String role, LocalDate from, @Nullable LocalDate to, ExperienceKind kind,
            String description) {
    }
}
