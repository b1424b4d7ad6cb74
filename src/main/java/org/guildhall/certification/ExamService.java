package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.certification.ExamEvents.CandidateEnrolled;
import org.guildhall.certification.ExamEvents.ExamResultEntered;
import org.guildhall.certification.ExamEvents.SittingBooked;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.certification.domain.ExamBooking;
import org.guildhall.certification.domain.ExamBookingRepository;
import org.guildhall.certification.domain.ExamEnrolment;
import org.guildhall.certification.domain.ExamEnrolmentRepository;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.certification.domain.ExamSittingRepository;
import org.guildhall.certification.domain.SyllabusTopic;
import org.guildhall.certification.domain.SyllabusTopicRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipStanding;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam route (seed 003) and re-examination (seed 001): an eligible candidate enrols and is invoiced the exam
 * fee, books a sitting once the fee is paid, and the registrar enters the result; a pass awards the designation,
 * a fail lets the candidate book again. Registrars schedule the sittings.
 */
@Service
@Transactional(readOnly = true)
public class ExamService {

    private static final String SUBJECT_PREFIX = "enrolment:";

    private final ExamEnrolmentRepository enrolments;
    private final ExamSittingRepository sittings;
    private final ExamBookingRepository bookings;
    private final SyllabusTopicRepository syllabus;
    private final DesignationRepository designations;
    private final EligibilityService eligibility;
    private final CertificationService certifications;
    private final CertificationAwards awards;
    private final PaymentService payments;
    private final MembershipStanding standing;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ExamService(ExamEnrolmentRepository enrolments, ExamSittingRepository sittings, ExamBookingRepository bookings,
            SyllabusTopicRepository syllabus, DesignationRepository designations, EligibilityService eligibility,
            CertificationService certifications, CertificationAwards awards, PaymentService payments,
            MembershipStanding standing, AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.standing = standing;
        this.enrolments = enrolments;
        this.sittings = sittings;
        this.bookings = bookings;
        this.syllabus = syllabus;
        this.designations = designations;
        this.eligibility = eligibility;
        this.certifications = certifications;
        this.awards = awards;
        this.payments = payments;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The invoice subject of an enrolment's exam fee. */
    public static String invoiceSubject(long enrolmentId) {
        return SUBJECT_PREFIX + enrolmentId;
    }

    /** What the exam tests (seed 003), in order. */
    public List<String> syllabus() {
        return syllabus.findAll(Sort.by("position")).stream().map(SyllabusTopic::title).toList();
    }

    // --- the candidate -------------------------------------------------------------------------------------------

    /** Enrols the signed-in candidate for a designation's exam and invoices the exam fee. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public EnrolmentDetails enrol(ExamEnrolmentData chosen) {
        var designationCode = chosen.designationCode();
        if (designationCode == null || designationCode.isBlank()) {
            throw new CertificationRefusedException(List.of(new FieldProblem(ExamEnrolmentData.DESIGNATION_CODE,
                    "certification.exam.designation-needed")));
        }
        return enrol(accounts.currentAccount().id(), designationCode, null);
    }

    /**
     * Re-apply (seed 001): once the current cycle has expired, the holder retakes the exam for that same
     * designation, through the same enrolment, policies and fee as first-time examinees.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public EnrolmentDetails reapply(long certificationId) {
        long me = accounts.currentAccount().id();
        var expired = certifications.certificationsOf(me).stream().filter(held -> held.id() == certificationId)
                .findFirst().orElseThrow(() -> new CertificationNotFoundException(certificationId));
        // Seed 001: re-apply only once the cycle has expired, whatever happened to it meanwhile.
        if (!expired.cycleExpired()) {
            throw new CertificationRefusedException(Text.of("certification.exam.reapply-from",
                    expired.designationCode(), expired.cycle().expiresOn()));
        }
        return enrol(me, expired.designationCode(), certificationId);
    }

    private EnrolmentDetails enrol(long candidate, String designationCode, @Nullable Long reapplies) {
        standing.examEnrolmentRefusal(candidate).ifPresent(reason -> {
            throw new CertificationRefusedException(reason);
        });
        var designation = designations.findById(designationCode)
                .orElseThrow(() -> new CertificationRefusedException(List.of(new FieldProblem(
                        ExamEnrolmentData.DESIGNATION_CODE, Text.of("certification.exam.no-designation",
                        designationCode)))));
        certifications.certificationsOf(candidate).stream()
                .filter(held -> held.designationCode().equals(designationCode) && held.status().holdsDesignation())
                .findFirst().ifPresent(held -> {
                    throw new CertificationRefusedException(Text.of("certification.exam.already-held",
                            designationCode, held.cycle().lastValidDay()));
                });
        var alreadyEnrolled = new CertificationRefusedException(
                Text.of("certification.exam.already-enrolled", designationCode));
        if (enrolments.findByCandidateAccountIdOrderByEnrolledAtDesc(candidate).stream()
                .anyMatch(enrolment -> enrolment.designationCode().equals(designationCode) && enrolment.isOpen())) {
            throw alreadyEnrolled;
        }
        var check = eligibility.examRouteCheck(candidate, designationCode);
        if (!check.eligible()) {
            throw check.refusal();
        }
        ExamEnrolment enrolment;
        try {
            enrolment = enrolments.saveAndFlush(new ExamEnrolment(candidate, designation, reapplies, clock.instant()));
        } catch (DataIntegrityViolationException sameInstant) {
            // uk_exam_enrolment_open: another request enrolled this candidate while this one was checking.
            throw alreadyEnrolled;
        }
        var invoice = payments.issue(candidate, PaymentPurpose.EXAM_ENROLMENT, invoiceSubject(enrolment.id()),
                "Exam enrolment: " + designation.fullName() + " (" + designationCode + ")", enrolment.examFee());
        publisher.publishEvent(new CandidateEnrolled(enrolment.id(), candidate, designationCode,
                enrolment.designationName(), invoice.reference()));
        return view(enrolment);
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<EnrolmentDetails> myEnrolments() {
        return views(enrolments.findByCandidateAccountIdOrderByEnrolledAtDesc(accounts.currentAccount().id()));
    }

    /** Sittings still ahead with a free seat, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SittingSummary> bookableSittings() {
        return sittings.findBookable(now()).stream().map(ExamSitting::toView).toList();
    }

    /**
     * Books a seat for a paid enrolment. The sitting's row is locked while its seats are counted, so two
     * candidates after its last seat get one winner; the other is told plainly and nothing of theirs changes.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public BookingSummary book(long enrolmentId, long sittingId) {
        long me = accounts.currentAccount().id();
        var enrolment = enrolments.lockById(enrolmentId).filter(found -> found.candidateAccountId() == me)
                .orElseThrow(() -> new CertificationRefusedException(Text.of("certification.exam.no-enrolment",
                        enrolmentId)));
        enrolment.booked();
        var sitting = sittings.lockById(sittingId)
                .orElseThrow(() -> new CertificationRefusedException("certification.sitting.none"));
        sitting.takeSeat(now());
        var booking = bookings.save(new ExamBooking(enrolmentId, sittingId, clock.instant()));
        var view = bookingView(booking, sitting.toView(), enrolment);
        publisher.publishEvent(new SittingBooked(booking.id(), me, enrolment.designationCode(), sitting.startsAt(),
                view.sitting().place()));
        return view;
    }

    /** Called when the exam-fee invoice of an enrolment is paid; a repeated call changes nothing. */
    @Transactional
    public void examFeePaid(String invoiceSubject) {
        if (!invoiceSubject.startsWith(SUBJECT_PREFIX)) {
            return;
        }
        long id = Long.parseLong(invoiceSubject.substring(SUBJECT_PREFIX.length()));
        enrolments.lockById(id).ifPresent(enrolment -> enrolment.feePaid(clock.instant()));
    }

    // --- the registrar -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public SittingSummary scheduleSitting(SittingData entered) {
        return sittings.save(new ExamSitting(entered, now())).toView();
    }

    /** All sittings, latest first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<SittingSummary> sittings(Pageable page) {
        return sittings.findAllByOrderByStartsAtDesc(page).stream().map(ExamSitting::toView).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countSittings() {
        return sittings.count();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public SittingSummary sitting(long sittingId) {
        return sittings.findById(sittingId).map(ExamSitting::toView)
                .orElseThrow(() -> new CertificationRefusedException("certification.sitting.none"));
    }

    /** The candidates booked at a sitting, with their results once entered. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<BookingSummary> candidatesAt(long sittingId) {
        var sitting = sitting(sittingId);
        var seated = bookings.findBySittingIdOrderById(sittingId);
        Map<Long, ExamEnrolment> byId = enrolments.findAllById(seated.stream().map(ExamBooking::enrolmentId).toList())
                .stream().collect(Collectors.toMap(ExamEnrolment::id, Function.identity()));
        return seated.stream().map(booking -> bookingView(booking, sitting, byId.get(booking.enrolmentId()))).toList();
    }

    /**
     * Enters a candidate's result, once, from the day of the sitting: a pass awards the designation with its cycle
     * starting on the sitting's date; a fail lets the candidate book another sitting.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public BookingSummary enterResult(long bookingId, ExamResultData entered) {
        var booking = bookings.lockById(bookingId)
                .orElseThrow(() -> new CertificationRefusedException("certification.result.no-booking"));
        var sitting = sittings.findById(booking.sittingId()).orElseThrow();
        LocalDate sat = sitting.startsAt().toLocalDate();
        if (sat.isAfter(LocalDate.now(clock))) {
            throw new CertificationRefusedException(Text.of("certification.result.not-yet", sat));
        }
        boolean passed = booking.enterResult(entered, accounts.currentAccount().email(), clock.instant());
        var enrolment = enrolments.lockById(booking.enrolmentId()).orElseThrow();
        enrolment.resultEntered(passed);
        if (passed) {
            awards.award(enrolment.candidateAccountId(), enrolment.designationCode(), Route.EXAM, sat);
        }
        publisher.publishEvent(new ExamResultEntered(bookingId, enrolment.candidateAccountId(),
                enrolment.designationCode(), enrolment.designationName(), entered.score(), entered.passMark(), passed));
        return bookingView(booking, sitting.toView(), enrolment);
    }

    private EnrolmentDetails view(ExamEnrolment enrolment) {
        return views(List.of(enrolment)).getFirst();
    }

    private List<EnrolmentDetails> views(List<ExamEnrolment> list) {
        var booked = bookings.findByEnrolmentIdInOrderByBookedAtDesc(list.stream().map(ExamEnrolment::id).toList());
        Map<Long, SittingSummary> sittingsById = sittings.findAllById(booked.stream().map(ExamBooking::sittingId)
                .distinct().toList()).stream().collect(Collectors.toMap(ExamSitting::id, ExamSitting::toView));
        return list.stream().map(enrolment -> new EnrolmentDetails(enrolment.id(), enrolment.candidateAccountId(),
                enrolment.designationCode(), enrolment.designationName(), enrolment.examFee(), enrolment.status(),
                enrolment.enrolledAt(), enrolment.reappliesCertificationId(), booked.stream()
                        .filter(booking -> booking.enrolmentId() == enrolment.id())
                        .map(booking -> bookingView(booking, sittingsById.get(booking.sittingId()), enrolment))
                        .toList())).toList();
    }

    private BookingSummary bookingView(ExamBooking booking, SittingSummary sitting, ExamEnrolment enrolment) {
        return new BookingSummary(booking.id(), enrolment.id(), accounts.summaryOf(enrolment.candidateAccountId())
                .fullName(), enrolment.designationCode(), sitting, booking.score(), booking.passMark(),
                booking.passed());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

}
