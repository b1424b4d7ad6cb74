package org.guildhall.events;

import org.guildhall.shared.Refused;

/** Something the event rules do not allow (full, past, after the cutoff, twice); the message says why. */
public class EventRefusedException extends Refused {

    public EventRefusedException(String message) {
        super(message);
    }
}
