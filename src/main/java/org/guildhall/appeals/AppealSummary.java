package org.guildhall.appeals;

import java.time.Instant;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/** An appeal as a list shows it. */
public record AppealSummary(long id, AppealKind kind, Text subject, String appellantName, Instant lodgedAt,
        AppealStatus status, @Nullable AppealOutcome outcome) {
}
