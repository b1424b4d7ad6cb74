package org.guildhall.events;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** No such event or registration, or not one the signed-in person may see: both read the same. */
public class EventNotFoundException extends NotFound {

    /** {@code key} names what was looked for in the events bundle ({@code events.not-found.*}). */
    public EventNotFoundException(String key) {
        super(key);
    }

    /** No event {@code eventId} that the caller can see. */
    public static EventNotFoundException event(long eventId) {
        return new EventNotFoundException(Text.of("events.not-found.event", eventId));
    }

    private EventNotFoundException(Text reason) {
        super(reason);
    }
}
