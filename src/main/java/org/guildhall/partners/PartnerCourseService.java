package org.guildhall.partners;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.PeopleSheets;
import org.guildhall.platform.ReferenceCache;
import org.guildhall.partners.RosterReport.Outcome;
import org.guildhall.partners.domain.ApprovedCourse;
import org.guildhall.partners.domain.ApprovedCourseRepository;
import org.guildhall.partners.domain.ClaimCode;
import org.guildhall.partners.domain.CourseCredit;
import org.guildhall.partners.domain.CourseCreditRepository;
import org.guildhall.partners.domain.Partner;
import org.guildhall.partners.domain.PartnerRepository;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners and their approved courses, for the registrar (and admins), who record partners and may act on every
 * course, and for a partner's contacts, who register their partner's courses and upload their rosters. A course of
 * another partner reads as not found to a contact. A roster credits its members as approved CPD activities, each
 * through the CPD rules ({@link AutomaticCredits}), all together or none.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PartnerCourseService {

    /** Far above a course's class list; stops a wrong file (a whole register) before it is matched line by line. */
    public static final int MAX_ROSTER_ROWS = 2000;
    private static final String STAFF = "hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')";
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[,;\\s]+");

    private final PartnerRepository partners;
    private final ApprovedCourseRepository courses;
    private final CourseCreditRepository courseCredits;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final PeopleSheets peopleSheets;
    private final CpdService cpd;
    private final AutomaticCredits credits;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();
    private final ReferenceCache.Single<Set<Long>> contactIds;

    PartnerCourseService(PartnerRepository partners, ApprovedCourseRepository courses,
            CourseCreditRepository courseCredits, AccountService accounts, AccountDirectory directory,
            PeopleSheets peopleSheets, CpdService cpd, AutomaticCredits credits, Clock clock) {
        this.partners = partners;
        this.courses = courses;
        this.courseCredits = courseCredits;
        this.accounts = accounts;
        this.directory = directory;
        this.peopleSheets = peopleSheets;
        this.cpd = cpd;
        this.credits = credits;
        this.clock = clock;
        this.contactIds = ReferenceCache.single(clock, () -> Set.copyOf(partners.findAllContactIds()));
    }

    // --- Partners ----------------------------------------------------------------------------------------------

    /** Records a partner with the accounts that act for it; every contact email must belong to an account. */
    @PreAuthorize(STAFF)
    @Transactional
    public long recordPartner(PartnerData data) {
        var problems = new ArrayList<FieldProblem>();
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(PartnerData.NAME, "partners.partner.name-needed"));
        } else if (name.length() > ApprovedCourse.MAX_TEXT) {
            problems.add(new FieldProblem(PartnerData.NAME, Text.of("partners.course.text-too-long",
                    ApprovedCourse.MAX_TEXT)));
        } else if (partners.existsByName(name)) {
            problems.add(new FieldProblem(PartnerData.NAME, Text.of("partners.partner.name-taken", name)));
        }
        var contacts = new LinkedHashSet<Long>();
        for (String email : EMAIL_SEPARATORS.split(data.contactEmails() == null ? "" : data.contactEmails().strip())) {
            if (email.isEmpty()) {
                continue;
            }
            var account = accounts.findByEmail(email);
            if (account.isEmpty()) {
                problems.add(new FieldProblem(PartnerData.CONTACT_EMAILS,
                        Text.of("partners.partner.contact-unknown", email)));
                break;
            }
            contacts.add(account.get().id());
        }
        if (!problems.isEmpty()) {
            throw new PartnerRefusedException(problems);
        }
        contactIds.forget();
        return partners.save(new Partner(name, contacts, clock.instant(), accounts.currentAccount().email())).id();
    }

    /** The partners the signed-in person may register courses for: all of them for staff, else their own. */
    public List<PartnerSummary> myPartners() {
        var me = accounts.currentAccount();
        var visible = isStaff(me) ? partners.findAllByOrderByName() : partners.findByContact(me.id());
        var names = directory.namesOf(visible.stream().flatMap(partner -> partner.contacts().stream()).toList());
        return visible.stream().map(partner -> new PartnerSummary(partner.id(), partner.name(),
                partner.contacts().stream().map(id -> names.getOrDefault(id, "")).sorted().toList())).toList();
    }

    /**
     * Whether the signed-in person acts for a partner or is staff: whether the partner courses page is theirs. Every
     * home page asks, so the partners' contacts are read at most once a minute; a partner recorded on another
     * instance shows its page there within the minute (what a contact may do is still checked on fresh rows).
     */
    public boolean mayManageCourses() {
        var me = accounts.currentAccount();
        return isStaff(me) || contactIds.get().contains(me.id());
    }

    // --- Courses -----------------------------------------------------------------------------------------------

    /** The courses the signed-in person may act on, latest validity first, with how many members each credited. */
    public List<CourseSummary> myCourses() {
        var me = accounts.currentAccount();
        var mine = isStaff(me) ? partners.findAllByOrderByName() : partners.findByContact(me.id());
        var list = isStaff(me) ? courses.findAllByOrderByValidToDescIdDesc()
                : courses.findByPartnerIdInOrderByValidToDescIdDesc(mine.stream().map(Partner::id).toList());
        Map<Long, String> partnerNames = new HashMap<>();
        mine.forEach(partner -> partnerNames.put(partner.id(), partner.name()));
        Map<Long, Long> credited = new HashMap<>();
        if (!list.isEmpty()) {
            courseCredits.countsByCourse(list.stream().map(ApprovedCourse::id).toList())
                    .forEach(row -> credited.put((Long) row[0], (Long) row[1]));
        }
        return list.stream().map(course -> summary(course,
                course.partnerId() == null ? null : partnerNames.get(course.partnerId()),
                credited.getOrDefault(course.id(), 0L))).toList();
    }

    /** One course the signed-in person may act on; anyone else's reads as not found. */
    public CourseSummary course(long courseId) {
        var course = mine(courses.findById(courseId), courseId);
        String partnerName = course.partnerId() == null ? null
                : partners.findById(course.partnerId()).map(Partner::name).orElse(null);
        return summary(course, partnerName, courseCredits.countByCourseId(courseId));
    }

    /**
     * Registers an approved course with a fresh claim code. Staff may register one for any partner or for the
     * institute itself (no partner); a contact only for a partner they act for.
     */
    @Transactional
    public CourseSummary register(CourseData data) {
        var me = accounts.currentAccount();
        @Nullable String partnerName = null;
        if (data.partnerId() != null) {
            var partner = partners.findWithContactsById(data.partnerId())
                    .filter(found -> isStaff(me) || found.isContact(me.id()))
                    .orElseThrow(() -> PartnerRefusedException.onField(CourseData.PARTNER,
                            Text.of("partners.course.partner-not-yours")));
            partnerName = partner.name();
        } else if (!isStaff(me)) {
            throw PartnerRefusedException.onField(CourseData.PARTNER, Text.of("partners.course.partner-needed"));
        }
        var course = courses.save(ApprovedCourse.register(data, cpd.rulebook(), freshCode(), clock.instant(),
                me.email()));
        return summary(course, partnerName, 0);
    }

    // --- Rosters -----------------------------------------------------------------------------------------------

    /** What the roster would credit, line by line, crediting nobody. */
    public RosterReport previewRoster(long courseId, byte[] roster, @Nullable LocalDate completedOn) {
        var course = mine(courses.findById(courseId), courseId);
        course.requireRosterDate(completedOn, LocalDate.now(clock));
        return evaluate(course, roster, completedOn).report(false);
    }

    /**
     * Credits every matched line of the roster with the course as completed on {@code completedOn}, together: if
     * any of them cannot be credited, none is. Lines matching nobody, or people credited before, change nothing.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RosterReport applyRoster(long courseId, byte[] roster, @Nullable LocalDate completedOn) {
        var course = mine(courses.lockById(courseId), courseId);
        course.requireRosterDate(completedOn, LocalDate.now(clock));
        var evaluation = evaluate(course, roster, completedOn);
        String by = accounts.currentAccount().email();
        for (var member : evaluation.matched()) {
            var outcome = credits.record(creditFor(course, member.accountId(), completedOn));
            if (!outcome.isRecorded()) {
                // The report said this line would be credited; applying part of a roster would mislead.
                throw new PartnerRefusedException(Text.of("partners.roster.line-refused", member.lineNumber(),
                        outcome.reason()));
            }
            courseCredits.save(new CourseCredit(course.id(), member.accountId(), outcome.activityId(),
                    CourseCredit.Via.ROSTER, clock.instant(), by));
        }
        return evaluation.report(true);
    }

    private record MatchedMember(int lineNumber, long accountId) {
    }

    private record Evaluation(List<RosterReport.Row> rows, List<MatchedMember> matched) {
        RosterReport report(boolean applied) {
            return new RosterReport(applied, rows);
        }
    }

    private Evaluation evaluate(ApprovedCourse course, byte[] roster, LocalDate completedOn) {
        var rows = new ArrayList<RosterReport.Row>();
        var matched = new ArrayList<MatchedMember>();
        var credited = new LinkedHashSet<>(courseCredits.creditedMembers(course.id()));
        for (var entry : peopleSheets.read(roster, MAX_ROSTER_ROWS)) {
            var person = entry.person();
            Outcome outcome = switch (entry.match()) {
                case UNREADABLE -> Outcome.UNREADABLE;
                case UNKNOWN_PERSON -> Outcome.UNKNOWN_PERSON;
                case DUPLICATE -> Outcome.DUPLICATE;
                case FOUND -> credited.contains(person.id()) ? Outcome.ALREADY_CREDITED : Outcome.MATCHED;
            };
            Text refusal = null;
            if (outcome == Outcome.MATCHED) {
                refusal = credits.refusalOf(creditFor(course, person.id(), completedOn)).orElse(null);
                if (refusal == null) {
                    matched.add(new MatchedMember(entry.lineNumber(), person.id()));
                } else {
                    outcome = Outcome.NOT_CREDITABLE;
                }
            }
            rows.add(new RosterReport.Row(entry.lineNumber(), entry.value(), outcome,
                    person == null ? null : person.fullName(), refusal));
        }
        return new Evaluation(rows, matched);
    }

    static AutomaticCredit creditFor(ApprovedCourse course, long accountId, LocalDate completedOn) {
        return new AutomaticCredit(accountId, course.sourceKeyFor(accountId), course.category(),
                course.activityType(), course.title(), course.provider(), course.firstDayWhenCompletedOn(completedOn),
                completedOn, course.hours(), null);
    }

    /** The course if the signed-in person may act on it; anyone else's reads as not found. */
    private ApprovedCourse mine(java.util.Optional<ApprovedCourse> found, long courseId) {
        var me = accounts.currentAccount();
        return found.filter(course -> isStaff(me) || course.partnerId() != null && partners
                        .findWithContactsById(course.partnerId()).map(partner -> partner.isContact(me.id()))
                        .orElse(false))
                .orElseThrow(() -> new CourseNotFoundException(courseId));
    }

    private String freshCode() {
        String code;
        do {
            code = ClaimCode.generate(random);
        } while (courses.existsByClaimCode(code));
        return code;
    }

    private static boolean isStaff(AccountSummary person) {
        return person.roles().contains(Role.REGISTRAR) || person.roles().contains(Role.ADMIN);
    }

    private static CourseSummary summary(ApprovedCourse course, @Nullable String partnerName, long credited) {
        return new CourseSummary(course.id(), partnerName, course.claimCode(), course.title(), course.provider(),
                course.category(), course.activityType(), course.hours(), course.validFrom(), course.validTo(),
                credited);
    }
}
