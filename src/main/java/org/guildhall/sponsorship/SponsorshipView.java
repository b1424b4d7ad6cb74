package org.guildhall.sponsorship;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One sponsor request as the applicant, the sponsor and the registrar see it. */
public record SponsorshipView(long id, long applicationId, long sponsorAccountId, String sponsorName,
        String applicantName, SponsorshipStatus status, @Nullable String endorsement, Instant requestedAt,
        @Nullable Instant respondedAt) {
}
