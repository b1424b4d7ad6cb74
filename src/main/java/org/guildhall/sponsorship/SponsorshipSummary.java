package org.guildhall.sponsorship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One sponsor request as the applicant, the sponsor and the registrar see it. */
public record SponsorshipSummary(long id, long applicationId, long sponsorAccountId, String sponsorName,
        String applicantName, SponsorshipStatus status, @Nullable String endorsement, Instant requestedAt,
        @Nullable Instant respondedAt) {

    /** The same request with the sponsor shown under another name (the applicant sees a surname until an answer). */
    public SponsorshipSummary withSponsorName(String shownName) {
        return new SponsorshipSummary(id, applicationId, sponsorAccountId, shownName, applicantName, status, endorsement,
                requestedAt, respondedAt);
    }
}
