package org.guildhall.membership;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** What happens to membership applications, for other modules (notifications, sponsorship) to act on. */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** {@code submittedAt} tells a resubmission (after a request for more information) from the first. */
    @NamedInterface("events")
    public record ApplicationSubmitted(long applicationId, long applicantAccountId, MembershipCategory category,
            boolean awaitsSponsors, Instant submittedAt) {
    }

    @NamedInterface("events")
    public record MembershipApproved(long applicationId, long accountId, String memberNumber,
            MembershipCategory category) {
    }

    @NamedInterface("events")
    public record ApplicationRejected(long applicationId, long applicantAccountId, String reason) {
    }

    @NamedInterface("events")
    public record MoreInformationRequested(long applicationId, long applicantAccountId, String request,
            Instant requestedAt) {
    }
}
