package org.guildhall.appeals;

import java.time.Instant;

/** One line of an appeal's history, as its screen lists it. */
public record AppealHistoryEntry(Instant recordedAt, String actorName, String action, String detail) {
}
