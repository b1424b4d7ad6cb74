package org.guildhall.membership;

/** What happens to membership applications, for other modules (notifications, sponsorship) to act on. */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    public record ApplicationSubmitted(long applicationId, long applicantAccountId, MembershipCategory category,
            boolean awaitsSponsors) {
    }

    public record MembershipApproved(long applicationId, long accountId, String memberNumber,
            MembershipCategory category) {
    }

    public record ApplicationRejected(long applicationId, long applicantAccountId, String reason) {
    }

    public record MoreInformationRequested(long applicationId, long applicantAccountId, String request) {
    }
}
