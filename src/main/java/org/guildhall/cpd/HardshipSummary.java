package org.guildhall.cpd;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One hardship request as a list shows it (the registrar's queue, the member's own requests). */
public record HardshipSummary(long id, String memberName, @Nullable String memberNumber, String designationCode,
        HardshipKind kind, HardshipReason reason, LocalDate startsOn, LocalDate endsOn, HardshipState state,
        Instant requestedAt) {
}
