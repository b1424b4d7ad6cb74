package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** What happens to people's places at events, for notifications to tell them. */
public final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /**
     * A place is confirmed on registering; {@code invoiceReference} is set when there is a fee to pay.
     * {@code registeredAt} tells a second registration (after cancelling) from the first.
     */
    @NamedInterface("events")
    public record RegistrationConfirmed(long registrationId, long eventId, long accountId, String eventTitle,
            Instant startsAt, ZoneId zone, BigDecimal fee, @Nullable String invoiceReference, Instant registeredAt) {
    }

    @NamedInterface("events")
    public record PlaceWaitlisted(long registrationId, long eventId, long accountId, String eventTitle,
            int position, Instant registeredAt) {
    }

    /** A place came free and the next person on the waiting list has it now. */
    @NamedInterface("events")
    public record PromotedFromWaitingList(long registrationId, long eventId, long accountId, String eventTitle,
            Instant startsAt, ZoneId zone, BigDecimal fee, @Nullable String invoiceReference, Instant promotedAt) {
    }

    /** The institute cancelled an event: one per person who held a place or waited for one. */
    @NamedInterface("events")
    public record RegisteredEventCancelled(long eventId, long accountId, String eventTitle, Instant startsAt,
            ZoneId zone) {
    }
}
