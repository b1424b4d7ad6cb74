package org.guildhall.events;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's registration for one event.
 *
 * @param waitingPosition 1 for the next to move up; 0 when not on the waiting list
 * @param invoiceReference the fee's invoice, to quote when paying; null when there is nothing to pay
 */
public record MyRegistration(long id, long eventId, RegistrationStatus status, BigDecimal fee, int waitingPosition,
        @Nullable String invoiceReference, boolean attended) {

    /** Registrations' kind of calendar entry, in their calendar file's address and UID. */
    public static final String CALENDAR_KIND = "event";
}
