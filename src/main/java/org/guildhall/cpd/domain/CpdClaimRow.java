package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/** One activity of the registrar's queue as one query reads it, the member's name and number joined in. */
public record CpdClaimRow(long id, String memberName, @Nullable String memberNumber, String title,
        CpdCategory category, String activityType, LocalDate endsOn, BigDecimal hours, BigDecimal excludedHours,
        CpdActivityStatus status, @Nullable Instant submittedAt) {
}
