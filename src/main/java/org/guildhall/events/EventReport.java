package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.guildhall.events.domain.EventReportRows;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's events report (issue 18): per event, places confirmed, the waiting list, the attendance rate and
 * the CPD hours attendance credited; and the dashboard's turnout. One query per page of events, however many
 * registrations they hold.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class EventReport {

    /** The span of time the dashboard's attendance rate looks back over. */
    public static final Period LOOK_BACK = Period.ofMonths(12);

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private final EventReportRows rows;
    private final Clock clock;

    EventReport(EventReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public List<EventActivity> events(EventReportFilter filter, EventSort sort, int offset, int limit) {
        Instant now = clock.instant();
        return rows.events(filter.search(), after(filter, now), until(filter, now), sort, offset, limit).stream()
                .map(counts -> EventActivity.of(counts, now)).toList();
    }

    public long countEvents(EventReportFilter filter) {
        Instant now = clock.instant();
        return rows.countEvents(filter.search(), after(filter, now), until(filter, now));
    }

    /** Places confirmed at events still to come, and the attendance rate of those held in the last twelve months. */
    public Overview overview() {
        Instant now = clock.instant();
        var coming = rows.turnout(now, LATEST);
        var held = rows.turnout(now.atZone(clock.getZone()).minus(LOOK_BACK).toInstant(), now);
        return new Overview(coming.confirmed(), held.confirmed(), held.attendees(),
                EventActivity.rate(held.attendees(), held.confirmed()));
    }

    /** Events still to come start after now; those that have started, up to now included. */
    private static Instant after(EventReportFilter filter, Instant now) {
        return filter.period() == EventPeriod.UPCOMING ? now : EARLIEST;
    }

    private static Instant until(EventReportFilter filter, Instant now) {
        return filter.period() == EventPeriod.PAST ? now : LATEST;
    }

    /** Which events the report lists, by when they start. */
    @NamedInterface("api")
    public enum EventPeriod {
        ALL, UPCOMING, PAST
    }

    /** The orders the events can be read in. */
    @NamedInterface("api")
    public enum EventSort {
        LATEST_FIRST, SOONEST_FIRST, TITLE, MOST_REGISTRATIONS, LONGEST_WAITING_LIST
    }

    /** @param search part of the event's title; blank for every event */
    @NamedInterface("api")
    public record EventReportFilter(String search, EventPeriod period) {

        public EventReportFilter {
            search = search.strip();
        }

        /** In one line, for the export audit. */
        public String describe() {
            return "search=" + search + "; period=" + period;
        }
    }

    /**
     * @param attendanceRate attendees (presenters not counted) as a percentage of places confirmed, rounded; null
     *        before the event starts, or when no place was confirmed
     * @param cpdHoursCredited the CPD hours attendance put in people's CPD logs, presenters' included (a person
     *        without a certification whose cycle takes the event is credited none)
     */
    @NamedInterface("api")
    public record EventActivity(long id, String title, LocalDate startsOn, EventStatus status, int capacity,
            long confirmed, long waiting, long attendees, @Nullable Integer attendanceRate,
            BigDecimal cpdHoursCredited) {

        static EventActivity of(EventReportRows.EventCounts counts, Instant now) {
            boolean started = !counts.startsAt().isAfter(now);
            return new EventActivity(counts.id(), counts.title(), counts.startsAt().atZone(counts.zone()).toLocalDate(),
                    counts.status(), counts.capacity(), counts.confirmed(), counts.waiting(), counts.attendees(),
                    started ? rate(counts.attendees(), counts.confirmed()) : null,
                    counts.creditedHours().stripTrailingZeros());
        }

        static @Nullable Integer rate(long attendees, long confirmed) {
            return confirmed == 0 ? null : (int) Math.round(attendees * 100.0 / confirmed);
        }
    }

    /**
     * @param comingConfirmed places confirmed at events still to come
     * @param heldConfirmed places confirmed at events held in the last {@link #LOOK_BACK}
     * @param heldAttendees people who attended those
     * @param heldAttendanceRate the one as a percentage of the other; null when no place was confirmed
     */
    @NamedInterface("api")
    public record Overview(long comingConfirmed, long heldConfirmed, long heldAttendees,
            @Nullable Integer heldAttendanceRate) {
    }
}
