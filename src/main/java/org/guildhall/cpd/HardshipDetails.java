package org.guildhall.cpd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One hardship request with what the registrar needs to decide it: the certification's cycle as it stands, the
 * latest end and the pause the settings allow, and the decision once made.
 *
 * @param validUntil the cycle's last valid day now (after an extension, the extended one)
 * @param latestValidUntil the last valid day an extension may reach
 * @param suggestedPausedMonths the whole months between the request's dates, within the limit
 * @param pausedMonths the months of a granted pause
 * @param grantedRequired the requirement after a granted pause
 */
public record HardshipDetails(long id, long accountId, String memberName, long certificationId,
        String designationCode, String designationName, int cycleNumber, LocalDate cycleStartsOn,
        LocalDate validUntil, int required, HardshipKind kind, HardshipReason reason, LocalDate startsOn,
        LocalDate endsOn, String explanation, UUID evidenceDocumentId, HardshipState state, Instant requestedAt,
        LocalDate latestValidUntil, int suggestedPausedMonths, @Nullable String decisionNote,
        @Nullable Integer pausedMonths, @Nullable Integer grantedRequired) {
}
