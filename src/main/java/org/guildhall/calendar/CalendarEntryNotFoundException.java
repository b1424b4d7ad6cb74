package org.guildhall.calendar;

import org.guildhall.shared.NotFound;

/** No such booking, or not one of the signed-in person's: both read the same. */
public class CalendarEntryNotFoundException extends NotFound {

    public CalendarEntryNotFoundException() {
        super("calendar.not-found");
    }
}
