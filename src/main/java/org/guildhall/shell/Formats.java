package org.guildhall.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way dates and times are written across the portal ("25 Nov 2026", "25 Nov 2026, 14:05"). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }
}
