package org.guildhall.events;

import org.guildhall.shared.NotFound;

/** No such event or registration, or not one the signed-in person may see: both read the same. */
public class EventNotFoundException extends NotFound {

    public EventNotFoundException(String what) {
        super("There is no " + what + " that you can see.");
    }
}
