package org.guildhall.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One export as its owner sees it: its progress, and until when its download link works. */
public record ExportSummary(long id, ExportStatus status, int partsDone, int partsTotal, Instant requestedAt,
        @Nullable Instant expiresAt) {

    /** The share built so far, 0 to 1. */
    public double progress() {
        return partsTotal == 0 ? 0 : (double) partsDone / partsTotal;
    }

    public boolean inProgress() {
        return status == ExportStatus.REQUESTED || status == ExportStatus.BUILDING;
    }

    public String downloadPath() {
        return "/privacy/exports/" + id;
    }
}
