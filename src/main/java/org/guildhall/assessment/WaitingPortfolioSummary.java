package org.guildhall.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A submitted portfolio whose submitted version has no panel yet, as the registrar's list shows it. */
public record WaitingPortfolioSummary(long portfolioId, String candidateName, String designationCode, int version,
        @Nullable Instant submittedAt) {
}
