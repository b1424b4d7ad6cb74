package org.guildhall.membership.domain;

import java.time.LocalDate;

/**
 * The calendar of a membership term. A term ends the day before its anniversary; a term begun on 29 February has
 * its anniversary on 1 March in a common year, so it lasts the full year instead of losing a day.
 */
public final class TermDates {

    private TermDates() {
    }

    /** The last day of a term of {@code months} months starting on {@code start}. */
    public static LocalDate lastDay(LocalDate start, int months) {
        return anniversary(start, months).minusDays(1);
    }

    /** The day {@code months} months after {@code start}; a day the month lacks moves to the next month's first. */
    static LocalDate anniversary(LocalDate start, int months) {
        var sameDay = start.plusMonths(months);
        return sameDay.getDayOfMonth() < start.getDayOfMonth() ? sameDay.plusDays(1) : sameDay;
    }
}
