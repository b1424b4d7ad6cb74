package org.guildhall.calendar;

import java.time.ZonedDateTime;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One booking as a calendar event: what a contributing module tells this module, written out as a VEVENT.
 *
 * @param kind the contributor's {@link CalendarContributor#kind()}; with {@code bookingId} it makes the UID, which
 *        stays the same for the booking's whole life so a calendar updates the event instead of adding another
 * @param start when it starts, in the time zone where it takes place (written with that zone's VTIMEZONE)
 * @param end when it ends, in the same zone
 * @param location the venue or the online link; null when there is none
 * @param link the page of the portal about it (a path such as {@code events/12}); null when there is none
 * @param status confirmed, tentative (a waiting-list place) or cancelled
 * @param sequence the revision: it only ever grows, so a cancellation or a moved time replaces the older copy
 */
@NamedInterface("api")
public record CalendarEntry(String kind, long bookingId, Text summary, @Nullable Text description,
        ZonedDateTime start, ZonedDateTime end, @Nullable String location, @Nullable String link,
        CalendarEntryStatus status, long sequence) {

    public CalendarEntry {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A calendar entry ends before it starts: " + start + " to " + end);
        }
        if (!end.getZone().equals(start.getZone())) {
            end = end.withZoneSameInstant(start.getZone());
        }
    }
}
