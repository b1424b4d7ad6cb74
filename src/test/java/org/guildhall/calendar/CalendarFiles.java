package org.guildhall.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Calendar files read back with ical4j, the way a calendar application reads them, for the tests. */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    public static Calendar parse(byte[] file) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(file));
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not an iCalendar file: " + new String(file), e);
        }
    }

    /** The file's one event. */
    public static VEvent onlyEvent(byte[] file) {
        var events = parse(file).<VEvent>getComponents(Component.VEVENT);
        if (events.size() != 1) {
            throw new AssertionError("Expected one VEVENT, found " + events.size());
        }
        return events.getFirst();
    }

    /** A property's value as written in the file; empty when the event has none. */
    public static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    /** A property's parameter as written (e.g. the TZID of DTSTART); empty when absent. */
    public static String parameter(VEvent event, String property, String parameter) {
        return event.<Property>getProperty(property)
                .flatMap(found -> found.<Parameter>getParameter(parameter)).map(Parameter::getValue)
                .orElse("");
    }
}
