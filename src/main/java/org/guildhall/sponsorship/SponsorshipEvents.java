package org.guildhall.sponsorship;

import org.springframework.modulith.NamedInterface;

/** What happens to sponsor requests, for notifications. */
public final class SponsorshipEvents {

    private SponsorshipEvents() {
    }

    @NamedInterface("events")
    public record SponsorRequested(long sponsorshipId, long sponsorAccountId, long applicantAccountId,
            String applicantName) {
    }

    @NamedInterface("events")
    public record SponsorshipAccepted(long sponsorshipId, long applicantAccountId, String sponsorName) {
    }

    @NamedInterface("events")
    public record SponsorshipDeclined(long sponsorshipId, long applicantAccountId, String sponsorName) {
    }
}
