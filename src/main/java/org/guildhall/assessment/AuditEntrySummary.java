package org.guildhall.assessment;

import java.time.Instant;

/** One line of a panel's history: who did what, when. */
public record AuditEntrySummary(Instant at, String actorName, String action, String detail) {
}
