package org.guildhall.cpd;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A recertification essay as its author and the reviewing assessor see it. */
public record EssayDetails(long id, long accountId, String authorName, long certificationId, int cycleNumber,
        String designationCode, String body, EssayStatus status, Instant submittedAt, @Nullable String feedback) {
}
