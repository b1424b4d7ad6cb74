package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** An event someone attended, with what it earned them. */
public record AttendedEvent(long eventId, EventKind kind, String title, Instant startsAt, ZoneId zone,
        boolean asPresenter, BigDecimal cpdHours, CpdCreditCategory cpdCategory, int membershipPoints) {
}
