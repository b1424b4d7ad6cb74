package org.guildhall.membership;

import java.time.Instant;

/** What happens to membership applications, for other modules (notifications, sponsorship) to act on. */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** {@code submittedAt} tells a resubmission (after a request for more information) from the first. */
    public record ApplicationSubmitted(long applicationId, long applicantAccountId, MembershipCategory category,
            boolean awaitsSponsors, Instant submittedAt) {
    }

    public record MembershipApproved(long applicationId, long accountId, String memberNumber,
            MembershipCategory category) {
    }

    public record ApplicationRejected(long applicationId, long applicantAccountId, String reason) {
    }

    public record MoreInformationRequested(long applicationId, long applicantAccountId, String request,
            Instant requestedAt) {
    }
}
