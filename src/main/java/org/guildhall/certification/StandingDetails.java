package org.guildhall.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A suspension or revocation as it stands: the public category, the registrar's explanation for the holder, from
 * when, and (a suspension only) until when; {@code until} is null for "until lifted" and for a revocation.
 */
public record StandingDetails(boolean revoked, StandingReason reason, String explanation, LocalDate since,
        @Nullable LocalDate until) {

    /** The longest explanation the registrar may give. */
    public static final int MAX_EXPLANATION_LENGTH = 1000;
}
