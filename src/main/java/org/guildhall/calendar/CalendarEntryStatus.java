package org.guildhall.calendar;

import org.springframework.modulith.NamedInterface;

/** A calendar event's STATUS (RFC 5545, 3.8.1.11). */
@NamedInterface("api")
public enum CalendarEntryStatus {
    CONFIRMED, TENTATIVE, CANCELLED
}
