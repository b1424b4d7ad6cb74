package org.guildhall.certification;

import java.time.LocalDateTime;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An exam sitting as candidates and registrars see it.
 *
 * @param startsAt local date and time at the institute
 * @param venue the room and address, or null for an online sitting
 * @param onlineLink where an online sitting is held, or null
 */
@NamedInterface("api")
public record SittingSummary(long id, LocalDateTime startsAt, @Nullable String venue, @Nullable String onlineLink,
        int capacity, int seatsTaken) {

    public int freeSeats() {
        return capacity - seatsTaken;
    }

    /** "Room 2, 10 Finsbury Square, London" or "Online: https://...", whichever the sitting has (both if both). */
    public Text placeText() {
        if (venue != null && onlineLink != null) {
            return Text.of("certification.sitting.place.both", venue, onlineLink);
        }
        return venue != null ? Text.of("certification.sitting.place.venue", venue)
                : Text.of("certification.sitting.place.online", onlineLink);
    }

    /** {@link #placeText()} in English, for emails written elsewhere. */
    public String place() {
        return placeText().english();
    }
}
