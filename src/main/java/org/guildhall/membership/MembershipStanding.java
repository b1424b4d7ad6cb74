package org.guildhall.membership;

import java.util.Optional;

import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.shared.ForOtherModules;
import org.guildhall.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Good standing, the one question other modules ask of membership (issue 16): sponsorship (who may sponsor),
 * events (the member price) and certification (exam enrolment, when the institute requires membership). The
 * answer is worked out from the terms on today's date, so it is right even before the daily roll has run.
 */
@Service
@ForOtherModules
@Transactional(readOnly = true)
@NamedInterface("api")
public class MembershipStanding {

    private final MembershipRepository memberships;
    private final MembershipYear year;
    private final MembershipSettings settings;

    MembershipStanding(MembershipRepository memberships, MembershipYear year, MembershipSettings settings) {
        this.memberships = memberships;
        this.year = year;
        this.settings = settings;
    }

    /** Whether the account is a member in good standing today, and the reason in words for them. */
    public Standing standingOf(long accountId) {
        return memberships.findById(accountId).map(membership -> {
            var assessment = year.assess(membership);
            return new Standing(assessment.status().inGoodStanding(), assessment.status(), assessment.reason());
        }).orElseGet(Standing::notAMember);
    }

    /**
     * Why the account may not enrol for an exam, when the institute requires membership in good standing.
     */
    public Optional<Text> examEnrolmentRefusal(long accountId) {
        if (!settings.examEnrolmentRequiresMembership()) {
            return Optional.empty();
        }
        var standing = standingOf(accountId);
        return standing.inGoodStanding() ? Optional.empty()
                : Optional.of(Text.of("membership.standing.exam-needs-good-standing", standing.reason()));
    }
}
