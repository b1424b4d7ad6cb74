package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One activity in the registrar's review queue, with what it claims before any cap. */
public record CpdClaimSummary(long id, String memberName, @Nullable String memberNumber, String title,
        CpdCategory category, BigDecimal creditsClaimed, CpdActivityStatus status, @Nullable Instant submittedAt) {
}
