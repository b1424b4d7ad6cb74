package org.guildhall.certification;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An exam sitting as candidates and registrars see it.
 *
 * @param startsAt local date and time at the institute
 * @param venue the room and address, or null for an online sitting
 * @param onlineLink where an online sitting is held, or null
 */
public record SittingSummary(long id, LocalDateTime startsAt, @Nullable String venue, @Nullable String onlineLink,
        int capacity, int seatsTaken) {

    public int freeSeats() {
        return capacity - seatsTaken;
    }

    /** "Room 2, 10 Finsbury Square, London" or "Online: https://...", whichever the sitting has (both if both). */
    public String place() {
        if (venue != null && onlineLink != null) {
            return venue + " or online: " + onlineLink;
        }
        return venue != null ? venue : "Online: " + onlineLink;
    }
}
