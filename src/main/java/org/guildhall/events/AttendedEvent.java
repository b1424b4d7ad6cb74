package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.guildhall.cpd.CpdCategory;

/** An event someone attended, with what it earned them. */
public record AttendedEvent(long eventId, EventKind kind, String title, Instant startsAt, ZoneId zone,
        boolean asPresenter, BigDecimal cpdHours, CpdCategory cpdCategory, int membershipPoints) {
}
