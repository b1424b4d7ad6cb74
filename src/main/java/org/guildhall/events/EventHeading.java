package org.guildhall.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A published event by its title and time only, for a glance at what is coming up (the home page). */
public record EventHeading(long id, String title, Instant startsAt, Instant endsAt, ZoneId zone) {

    static EventHeading of(EventSummary event) {
        return new EventHeading(event.id(), event.title(), event.startsAt(), event.endsAt(), event.zone());
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(zone);
    }
}
