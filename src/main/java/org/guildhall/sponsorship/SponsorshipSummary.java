package org.guildhall.sponsorship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One sponsor request as the applicant, the sponsor and the registrar see it.
 *
 * @param sponsorInGoodStanding whether the sponsor is a member in good standing today; an unanswered request to
 *        one who is not (in grace, lapsed) is flagged, and cannot be accepted
 */
public record SponsorshipSummary(long id, long applicationId, long sponsorAccountId, String sponsorName,
        String applicantName, SponsorshipStatus status, @Nullable String endorsement, Instant requestedAt,
        @Nullable Instant respondedAt, boolean sponsorInGoodStanding) {

    /** An unanswered request whose sponsor can no longer sponsor: the applicant should nominate someone else. */
    public boolean stalled() {
        return status == SponsorshipStatus.REQUESTED && !sponsorInGoodStanding;
    }

    /** The same request with the sponsor shown under another name (the applicant sees a surname until an answer). */
    public SponsorshipSummary withSponsorName(String shownName) {
        return new SponsorshipSummary(id, applicationId, sponsorAccountId, shownName, applicantName, status, endorsement,
                requestedAt, respondedAt, sponsorInGoodStanding);
    }
}
