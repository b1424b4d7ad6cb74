package org.guildhall.events.domain;

/**
 * The events module's tunable rules as their settings row holds them: an immutable value, so the copy
 * {@link CurrentEventSettings} shares between requests cannot be changed by one of them.
 */
public record EventRules(int defaultCancellationCutoffHours, int attendanceImportMaxRows) {
}
