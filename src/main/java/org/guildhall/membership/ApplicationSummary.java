package org.guildhall.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the registrar's application queue, the applicant's name and email joined in. */
public record ApplicationSummary(long id, String applicantName, String applicantEmail,
        @Nullable MembershipCategory category, ApplicationStatus status, @Nullable Instant submittedAt) {
}
