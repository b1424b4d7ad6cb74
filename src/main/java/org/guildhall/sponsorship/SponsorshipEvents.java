package org.guildhall.sponsorship;

/** What happens to sponsor requests, for notifications. */
public final class SponsorshipEvents {

    private SponsorshipEvents() {
    }

    public record SponsorRequested(long sponsorshipId, long sponsorAccountId, long applicantAccountId,
            String applicantName) {
    }

    public record SponsorshipAccepted(long sponsorshipId, long applicantAccountId, String sponsorName) {
    }

    public record SponsorshipDeclined(long sponsorshipId, long applicantAccountId, String sponsorName) {
    }
}
