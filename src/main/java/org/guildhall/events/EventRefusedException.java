package org.guildhall.events;

/** Something the event rules do not allow (full, past, after the cutoff, twice); the message says why. */
public class EventRefusedException extends RuntimeException {

    public EventRefusedException(String message) {
        super(message);
    }
}
