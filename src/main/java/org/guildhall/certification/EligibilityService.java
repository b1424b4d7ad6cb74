package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.certification.CertificationEvents.ExperienceRouteOpened;
import org.guildhall.certification.domain.Course;
import org.guildhall.certification.domain.CourseCertificate;
import org.guildhall.certification.domain.CourseCertificateRepository;
import org.guildhall.certification.domain.CourseRepository;
import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.certification.domain.ExperienceRouteOpening;
import org.guildhall.certification.domain.ExperienceRouteOpeningRepository;
import org.guildhall.certification.domain.RoutePolicy;
import org.guildhall.certification.domain.WorkPeriod;
import org.guildhall.certification.domain.WorkPeriodRepository;
import org.guildhall.certification.domain.WorkSpan;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's standing against the two routes (seed 003): the work history they record, the course certificates
 * they upload, and the check of each route for a designation. Passing the experience check opens the experience
 * route, which the portfolio module takes up.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    private final WorkPeriodRepository workPeriods;
    private final CourseRepository courses;
    private final CourseCertificateRepository courseCertificates;
    private final DesignationRepository designations;
    private final ExperienceRouteOpeningRepository openings;
    private final DocumentService documents;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EligibilityService(WorkPeriodRepository workPeriods, CourseRepository courses,
            CourseCertificateRepository courseCertificates, DesignationRepository designations,
            ExperienceRouteOpeningRepository openings, DocumentService documents, AccountService accounts,
            ApplicationEventPublisher publisher, Clock clock) {
        this.workPeriods = workPeriods;
        this.courses = courses;
        this.courseCertificates = courseCertificates;
        this.designations = designations;
        this.openings = openings;
        this.documents = documents;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- work history --------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<WorkPeriodSummary> myWorkHistory() {
        return workPeriods.findByAccountIdOrderByStartsOnDesc(me()).stream().map(WorkPeriod::toView).toList();
    }

    /** Records a job; refused with a reason for blank or over-long text, an end before the start, or future dates. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public WorkPeriodSummary addWorkPeriod(String employer, String jobTitle, LocalDate startsOn,
            @Nullable LocalDate endsOn, ExperienceKind kind, String description) {
        return addWorkPeriod(new WorkPeriodData(employer, jobTitle, startsOn, endsOn, endsOn == null, kind,
                description));
    }

    /** Adds a job to the signed-in candidate's work history; every problem is refused at once on its field. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public WorkPeriodSummary addWorkPeriod(WorkPeriodData entry) {
        return workPeriods.save(WorkPeriod.of(me(), entry, today())).toView();
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public void removeWorkPeriod(long id) {
        var period = workPeriods.findById(id).filter(found -> found.accountId() == me())
                .orElseThrow(() -> new CertificationRefusedException("certification.work.no-entry"));
        workPeriods.delete(period);
    }

    // --- course certificates -------------------------------------------------------------------------------------

    public List<ExamCourse> courses() {
        return courses.findAllByOrderByPosition().stream().map(Course::toView).toList();
    }

    /** The candidate's certificates by course code, every course listed (an empty list for none yet). */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public Map<String, List<DocumentReference>> myCourseCertificates() {
        var byCourse = new LinkedHashMap<String, List<DocumentReference>>();
        courses().forEach(course -> byCourse.put(course.code(), documents.findAll(
                courseCertificates.findByAccountIdAndCourseCode(me(), course.code()).stream()
                        .map(CourseCertificate::documentId).toList())));
        return byCourse;
    }

    /** Makes the candidate's certificates for one course exactly these of their own stored documents. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public void setCourseCertificates(String courseCode, List<UUID> documentIds) {
        long me = me();
        courses.findById(courseCode).orElseThrow(() -> new CertificationRefusedException(Text.of(
                "certification.course.none", courseCode)));
        if (!documents.allOwnedBySignedIn(documentIds)) {
            throw new CertificationRefusedException("certification.course.not-own-documents");
        }
        var held = courseCertificates.findByAccountIdAndCourseCode(me, courseCode);
        held.stream().filter(certificate -> !documentIds.contains(certificate.documentId()))
                .forEach(courseCertificates::delete);
        var kept = held.stream().map(CourseCertificate::documentId).toList();
        documentIds.stream().distinct().filter(id -> !kept.contains(id))
                .forEach(id -> courseCertificates.save(new CourseCertificate(me, courseCode, id, clock.instant())));
    }

    /** Whether a document is someone's course certificate, so that registrars may read it. */
    public boolean isCourseCertificate(UUID documentId) {
        return courseCertificates.existsByDocumentId(documentId);
    }

    // --- the routes ----------------------------------------------------------------------------------------------

    /** The signed-in candidate against both routes for one designation, experience route first. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<RouteCheck> myRouteChecks(String designationCode) {
        var designation = designation(designationCode);
        return List.of(experienceCheck(me(), designation), examCheck(me(), designation));
    }

    /** The exam route's check for any candidate, for the enrolment that relies on it. */
    RouteCheck examRouteCheck(long accountId, String designationCode) {
        return examCheck(accountId, designation(designationCode));
    }

    /**
     * Opens the experience route for the signed-in candidate once they pass its check: the portfolio module hears
     * {@link ExperienceRouteOpened} once per candidate and designation; asking again changes nothing.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public RouteCheck openExperienceRoute(String designationCode) {
        long me = me();
        var check = experienceCheck(me, designation(designationCode));
        if (!check.eligible()) {
            throw check.refusal();
        }
        if (!openings.existsByAccountIdAndDesignationCode(me, designationCode)) {
            openings.save(new ExperienceRouteOpening(me, designationCode, clock.instant()));
            publisher.publishEvent(new ExperienceRouteOpened(me, designationCode));
        }
        return check;
    }

    /** Designation codes whose experience route the signed-in candidate has opened. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<String> myOpenedExperienceRoutes() {
        return openings.findByAccountId(me()).stream().map(ExperienceRouteOpening::designationCode).toList();
    }

    private RouteCheck experienceCheck(long accountId, Designation designation) {
        return RoutePolicy.experienceRoute(designation.code(), designation.routesOffered().contains(Route.EXPERIENCE),
                designation.experienceRouteYears(), spans(accountId, Route.EXPERIENCE), today());
    }

    private RouteCheck examCheck(long accountId, Designation designation) {
        var certified = courseCertificates.findByAccountIdOrderByAddedAt(accountId).stream()
                .map(CourseCertificate::courseCode).distinct().toList();
        var missing = courses().stream().filter(ExamCourse::required)
                .filter(course -> !certified.contains(course.code())).map(ExamCourse::name).toList();
        return RoutePolicy.examRoute(designation.code(), designation.routesOffered().contains(Route.EXAM),
                designation.examRouteYears(), spans(accountId, Route.EXAM), missing, today());
    }

    private List<WorkSpan> spans(long accountId, Route route) {
        return workPeriods.findByAccountIdOrderByStartsOnDesc(accountId).stream()
                .filter(period -> period.kind().countsFor(route)).map(WorkPeriod::span).toList();
    }

    private Designation designation(String code) {
        return designations.findById(code)
                .orElseThrow(() -> new CertificationRefusedException(Text.of("certification.exam.no-designation",
                        code)));
    }

    private long me() {
        return accounts.currentAccount().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
