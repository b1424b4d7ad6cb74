package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A logged activity as its member and the registrar see it.
 *
 * @param creditsClaimed what the activity is worth before any cap
 * @param automatic recorded from the institute's own records (event attendance), not logged by the member
 * @param reviewNote the registrar's reason or request, shown to the member
 * @param evidenceWarnings what the text of the evidence does not show of the claim, for the member and the registrar
 */
public record CpdActivityDetails(long id, long accountId, String memberName, CpdCategory category,
        String activityType, String activityTypeLabel, String title, String provider, LocalDate startsOn,
        LocalDate endsOn, BigDecimal hours, BigDecimal excludedHours, @Nullable String description,
        @Nullable String audience, boolean independenceDeclared, CpdActivityStatus status,
        BigDecimal creditsClaimed, boolean automatic, @Nullable Instant submittedAt, @Nullable String reviewNote,
        List<UUID> evidence, List<EvidenceWarning> evidenceWarnings) {
}
