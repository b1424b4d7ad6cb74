package org.guildhall.events.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.guildhall.events.EventReport.EventSort;
import org.guildhall.events.EventStatus;
import org.guildhall.events.RegistrationStatus;
import org.springframework.stereotype.Repository;

/** The events report's rows and figures, each one query however many events and registrations there are. */
@Repository
public class EventReportRows {

    /**
     * One event with its counts.
     *
     * @param attendees attendance recorded for people in the audience
     * @param creditedHours the CPD hours the attendance put in people's CPD logs, presenters' too (a person without
     *        a certification whose cycle takes the event is credited none)
     */
    public record EventCounts(long id, String title, Instant startsAt, ZoneId zone, EventStatus status, int capacity,
            long confirmed, long waiting, long attendees, BigDecimal creditedHours) {
    }

    /** Places confirmed and people attending (presenters not counted) in some events. */
    public record Turnout(long confirmed, long attendees) {
    }

    private static final String COUNTS = """
            select e.id, e.title, e.startsAt, e.timeZone, e.status, e.capacity,
              (select count(r) from EventRegistration r where r.eventId = e.id and r.status = :confirmed)
                as confirmed,
              (select count(r) from EventRegistration r where r.eventId = e.id and r.status = :waitlisted)
                as waiting,
              (select count(x) from EventAttendance x where x.eventId = e.id and x.asPresenter = false) as attendees,
              (select coalesce(sum(c.hours), 0) from EventAttendance x join CpdActivity c
                 on c.sourceKey = collate(concat('event:', cast(x.eventId as String), ':attendance:',
                                                 cast(x.accountId as String)) as utf8mb4_unicode_ci)
                 where x.eventId = e.id) as creditedHours
            from InstituteEvent e
            where lower(e.title) like :search and e.startsAt > :after and e.startsAt <= :until
            """;

    private final EntityManager entities;

    EventReportRows(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Events whose title contains {@code search}, starting after {@code after} up to {@code until} (included). The
     * CPD credit is found by the source key attendance records it under ({@link EventAttendance#sourceKey}), in
     * cpd's activities read by entity name (the key built in the tables' collation, so the unique index finds it).
     */
    public List<EventCounts> events(String search, Instant after, Instant until, EventSort sort, int offset,
            int limit) {
        return entities.createQuery(COUNTS + "order by " + orderOf(sort) + ", e.id desc", Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("search", pattern(search)).setParameter("after", after).setParameter("until", until)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream()
                .map(row -> new EventCounts(((Number) row[0]).longValue(), (String) row[1], (Instant) row[2],
                        (ZoneId) row[3], (EventStatus) row[4], (Integer) row[5], ((Number) row[6]).longValue(),
                        ((Number) row[7]).longValue(), ((Number) row[8]).longValue(), (BigDecimal) row[9]))
                .toList();
    }

    public long countEvents(String search, Instant after, Instant until) {
        return entities.createQuery("""
                        select count(e) from InstituteEvent e
                        where lower(e.title) like :search and e.startsAt > :after and e.startsAt <= :until""",
                        Long.class)
                .setParameter("search", pattern(search)).setParameter("after", after).setParameter("until", until)
                .getSingleResult();
    }

    /**
     * Places confirmed and people attending at the events not cancelled that start after {@code after}, up to
     * {@code until} included.
     */
    public Turnout turnout(Instant after, Instant until) {
        long confirmed = entities.createQuery("""
                        select count(r) from EventRegistration r join InstituteEvent e on e.id = r.eventId
                        where r.status = :confirmed and e.status <> :cancelled
                          and e.startsAt > :after and e.startsAt <= :until""", Long.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("cancelled", EventStatus.CANCELLED)
                .setParameter("after", after).setParameter("until", until).getSingleResult();
        long attendees = entities.createQuery("""
                        select count(x) from EventAttendance x join InstituteEvent e on e.id = x.eventId
                        where x.asPresenter = false and e.status <> :cancelled
                          and e.startsAt > :after and e.startsAt <= :until""", Long.class)
                .setParameter("cancelled", EventStatus.CANCELLED)
                .setParameter("after", after).setParameter("until", until).getSingleResult();
        return new Turnout(confirmed, attendees);
    }

    private static String orderOf(EventSort sort) {
        return switch (sort) {
            case LATEST_FIRST -> "e.startsAt desc";
            case SOONEST_FIRST -> "e.startsAt";
            case TITLE -> "e.title";
            case MOST_REGISTRATIONS -> "confirmed desc";
            case LONGEST_WAITING_LIST -> "waiting desc";
        };
    }

    private static String pattern(String search) {
        return "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
