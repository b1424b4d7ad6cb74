package org.guildhall.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.guildhall.shared.Text;

/**
 * The one way dates and times are written across the portal ("25 Nov 2026", "25 Nov 2026, 14:05"), and counts
 * with the noun that fits them ("1 attendance", "2 attendances").
 */
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

    /** The date in the reader's language ("25 Nov 2026", "25 nov. 2026"). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(Text.DATE, locale).format(date);
    }

    /** The moment in the reader's language and the portal's zone ("25 Nov 2026, 14:05"). */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(Text.DATE_TIME, locale).format(instant.atZone(zone));
    }

    /** The count and the noun that fits it: "1 portfolio", "0 portfolios", "3 portfolios". */
    public static String count(long count, String one, String many) {
        return count + " " + noun(count, one, many);
    }

    /** The noun that fits the count, for a count shown apart from its caption. */
    public static String noun(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}
