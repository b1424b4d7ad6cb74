package org.guildhall.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A request to be forgotten, for the person who made it and the registrar's queue and log. */
public record ErasureRequestSummary(long id, long accountId, String personName, ErasureStatus status,
        Instant requestedAt, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String refusalReason,
        @Nullable String outcome) {
}
