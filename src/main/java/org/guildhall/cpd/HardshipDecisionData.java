package org.guildhall.cpd;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The registrar's decision on a hardship request: the new last valid day for an extension, the whole months for a
 * pause, and a note (the reason, required for a refusal). Each decision reads only its own field.
 */
public record HardshipDecisionData(@Nullable LocalDate validUntil, @Nullable Integer pausedMonths, String note) {

    public static final String VALID_UNTIL = "validUntil";
    public static final String PAUSED_MONTHS = "pausedMonths";
    public static final String NOTE = "note";

    public static final int MAX_NOTE = 2000;
}
