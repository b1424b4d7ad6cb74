package org.guildhall.certification;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * What the registrar enters to schedule an exam sitting: the day, the start time, the venue and/or the online link,
 * the seats, and how long it lasts (for candidates' calendars). The sitting's rules check it and refuse each problem on the component it concerns.
 */
public record SittingData(LocalDate date, LocalTime startsAt, @Nullable String venue, @Nullable String onlineLink,
        int capacity, int lengthMinutes) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String DATE = "date";
    public static final String STARTS_AT = "startsAt";
    public static final String VENUE = "venue";
    public static final String ONLINE_LINK = "onlineLink";
    public static final String CAPACITY = "capacity";
    public static final String LENGTH_MINUTES = "lengthMinutes";
}
