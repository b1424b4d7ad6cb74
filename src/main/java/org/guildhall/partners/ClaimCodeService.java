package org.guildhall.partners;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.partners.domain.ApprovedCourseRepository;
import org.guildhall.partners.domain.ClaimCode;
import org.guildhall.partners.domain.CodeRedemption;
import org.guildhall.partners.domain.CourseCredit;
import org.guildhall.partners.domain.CourseCreditRepository;
import org.guildhall.shared.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member redeeming a course's claim code on My CPD: the course's activity is recorded in their CPD log, approved
 * (the code is the evidence), under the same CPD rules and caps as anything they log; once per member per course.
 */
@Service
@Transactional(readOnly = true)
public class ClaimCodeService {

    private final ApprovedCourseRepository courses;
    private final CourseCreditRepository courseCredits;
    private final AutomaticCredits credits;
    private final AccountService accounts;
    private final Clock clock;

    ClaimCodeService(ApprovedCourseRepository courses, CourseCreditRepository courseCredits,
            AutomaticCredits credits, AccountService accounts, Clock clock) {
        this.courses = courses;
        this.courseCredits = courseCredits;
        this.credits = credits;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Records the course the code names as completed today. A code that is mistyped, names no course, is not
     * valid today or was redeemed by this member before is refused on the code field, as is a credit the CPD rules
     * refuse (no certification cycle to count it in, the same activity logged already).
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public RedeemedCourse redeem(ClaimCodeData data) {
        String code = ClaimCode.normalise(data.code() == null ? "" : data.code())
                .orElseThrow(() -> CodeRedemption.onCode(Text.of("partners.code.malformed")));
        var me = accounts.currentAccount();
        LocalDate today = LocalDate.now(clock);
        var named = courses.findByClaimCode(code);
        var course = CodeRedemption.check(named, today,
                named.isPresent() && courseCredits.existsByCourseIdAndAccountId(named.get().id(), me.id()));
        var outcome = credits.record(PartnerCourseService.creditFor(course, me.id(), today));
        if (!outcome.isRecorded()) {
            throw CodeRedemption.onCode(outcome.reason());
        }
        try {
            courseCredits.saveAndFlush(new CourseCredit(course.id(), me.id(), outcome.activityId(),
                    CourseCredit.Via.CODE, clock.instant(), me.email()));
        } catch (DataIntegrityViolationException sameMoment) {
            // uk_course_credit_member: the same code redeemed from another session meanwhile.
            throw CodeRedemption.onCode(Text.of("partners.code.already-used", course.title()));
        }
        return new RedeemedCourse(outcome.activityId(), course.title(), course.provider(), course.category(),
                course.hours(), today);
    }
}
