package org.guildhall.certification;

import java.time.Instant;

/** One line of a certification's audited history, for the registrar and the holder. */
public record HistoryEntrySummary(Instant happenedAt, String actorName, CertificationAction action, String detail) {
}
