package org.guildhall.certification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A name change request as its holder and the registrar see it. */
public record NameChangeSummary(long id, long holderAccountId, String nameAsIssued, String requestedName,
        String reason, UUID evidenceDocumentId, NameChangeState state, Instant requestedAt,
        @Nullable Instant decidedAt, @Nullable String refusalReason) {
}
