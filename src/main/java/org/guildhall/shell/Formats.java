package org.guildhall.shell;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.guildhall.shared.Text;

/**
 * The one way dates, times and numbers are written across the portal, in the reader's language ("25 Nov 2026",
 * "25 nov. 2026, 14:05"; "1,234.5" and "1 234,5"). Counts with their noun come from the bundles' plurals
 * ({@code {0,choice,...}}, see docs/i18n.md); {@link #count}/{@link #noun} remain for modules not yet converted.
 */
public final class Formats {

    private Formats() {
    }

    public static String date(Instant instant, ZoneId zone) {
        return date(instant.atZone(zone).toLocalDate());
    }

    public static String date(LocalDate date) {
        return date(date, locale());
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return dateTime(instant, zone, locale());
    }

    /** The date in the reader's language ("25 Nov 2026", "25 nov. 2026"). */
    public static String date(LocalDate date, Locale locale) {
        return Text.date(date, locale);
    }

    /** The moment in the reader's language and the portal's zone ("25 Nov 2026, 14:05"). */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return Text.dateTime(instant.atZone(zone), locale);
    }

    /** A number as the reader writes it, with at most two decimals ("9,999.5", "9 999,5"). */
    public static String number(Number value) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * The count and the noun that fits it: "1 portfolio", "0 portfolios", "3 portfolios". English only: a
     * converted view writes a bundle plural instead.
     */
    public static String count(long count, String one, String many) {
        return count + " " + noun(count, one, many);
    }

    /** The noun that fits the count, for a count shown apart from its caption (English only, as {@link #count}). */
    public static String noun(long count, String one, String many) {
        return count == 1 ? one : many;
    }

    /** The reader's locale: the UI's, or British English outside a UI (a job, a test of a rule). */
    static Locale locale() {
        return DateInputs.locale();
    }
}
