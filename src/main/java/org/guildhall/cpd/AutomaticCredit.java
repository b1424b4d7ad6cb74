package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * CPD credit another module grants on the institute's own records (a registrar marking attendance at an event),
 * recorded already approved.
 *
 * @param sourceKey names the fact the credit rests on, unique across the portal (e.g. "event:12:attendee:34");
 *                  recording the same key again changes nothing, and withdrawing it removes the credit
 * @param activityType a code of the institute's activity types (e.g. "WORKSHOP", "COURSE_OR_SESSION")
 * @param startsOn the activity's first day; a course of more hours than a day holds spans several
 * @param date the day the activity was completed, which decides the cycle it counts in
 * @param audience who an instruction activity was delivered to; null for other categories
 */
@NamedInterface("api")
public record AutomaticCredit(long accountId, String sourceKey, CpdCategory category, String activityType,
        String title, String provider, LocalDate startsOn, LocalDate date, BigDecimal hours,
        @Nullable String audience) {

    /** Credit for an activity of one day (an event's attendance). */
    public AutomaticCredit(long accountId, String sourceKey, CpdCategory category, String activityType,
            String title, String provider, LocalDate date, BigDecimal hours, @Nullable String audience) {
        this(accountId, sourceKey, category, activityType, title, provider, date, date, hours, audience);
    }
}
