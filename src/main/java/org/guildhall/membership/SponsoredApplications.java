package org.guildhall.membership;

import java.time.Clock;

import org.guildhall.membership.domain.MembershipApplication;
import org.guildhall.membership.domain.MembershipApplicationRepository;
import org.guildhall.shared.ForOtherModules;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications as the sponsorship module needs them: to show a sponsor the request they answer, and to move an
 * application on once two sponsors have accepted. Sponsorship authorises its own callers (a sponsor sees only the
 * requests made to them); no view may call these.
 */
@Service
@ForOtherModules
@Transactional(readOnly = true)
@NamedInterface("api")
public class SponsoredApplications {

    private final MembershipApplicationRepository applications;
    private final MembershipService memberships;
    private final Clock clock;

    SponsoredApplications(MembershipApplicationRepository applications, MembershipService memberships, Clock clock) {
        this.applications = applications;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Any application, by id. */
    public MembershipApplicationDetails application(long applicationId) {
        return memberships.view(load(applicationId));
    }

    /** Called once two sponsors have accepted. */
    @Transactional
    public void sponsorsConfirmed(long applicationId) {
        load(applicationId).sponsorsConfirmed(clock.instant());
    }

    private MembershipApplication load(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }
}
