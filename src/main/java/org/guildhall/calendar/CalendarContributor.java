package org.guildhall.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * One module's bookings as calendar entries. This module calls the contributor for a signed-in person's file of
 * one booking and for the entries of a personal feed; it has identified the person (signed in, or by the feed's
 * token), so a contributor only checks the booking is theirs.
 */
@NamedInterface("api")
public interface CalendarContributor {

    /** The kind of booking, in the file's address and its UID, e.g. {@code "event"}; lower case and dashes. */
    String kind();

    /** The booking as an entry if it belongs to the account (cancelled ones too); empty for anyone else's. */
    Optional<CalendarEntry> entryOf(long bookingId, long accountId);

    /** The account's bookings that have not yet ended at {@code now}, cancelled ones left out. */
    List<CalendarEntry> upcomingFor(long accountId, Instant now);
}
