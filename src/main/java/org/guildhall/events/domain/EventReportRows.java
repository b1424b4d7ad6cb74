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
     * @param attendances attendance recorded for anyone, presenters too (each earns the event's hours)
     */
    public record EventCounts(long id, String title, Instant startsAt, ZoneId zone, EventStatus status, int capacity,
            BigDecimal educationalHours, long confirmed, long waiting, long attendees, long attendances) {
    }

    /** Places confirmed and people attending (presenters not counted) in some events. */
    public record Turnout(long confirmed, long attendees) {
    }

    private static final String COUNTS = """
            select e.id, e.title, e.startsAt, e.timeZone, e.status, e.capacity, e.educationalHours,
              (select count(r) from EventRegistration r where r.eventId = e.id and r.status = :confirmed)
                as confirmed,
              (select count(r) from EventRegistration r where r.eventId = e.id and r.status = :waitlisted)
                as waiting,
              (select count(x) from EventAttendance x where x.eventId = e.id and x.asPresenter = false) as attendees,
              (select count(x) from EventAttendance x where x.eventId = e.id) as attendances
            from InstituteEvent e
            where lower(e.title) like :search and e.startsAt >= :from and e.startsAt < :to
            """;

    private final EntityManager entities;

    EventReportRows(EntityManager entities) {
        this.entities = entities;
    }

    /** Events whose title contains {@code search}, starting from {@code from} to {@code to} (excluded). */
    public List<EventCounts> events(String search, Instant from, Instant to, EventSort sort, int offset, int limit) {
        return entities.createQuery(COUNTS + "order by " + orderOf(sort) + ", e.id desc", Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .setParameter("search", pattern(search)).setParameter("from", from).setParameter("to", to)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream()
                .map(row -> new EventCounts(((Number) row[0]).longValue(), (String) row[1], (Instant) row[2],
                        (ZoneId) row[3], (EventStatus) row[4], (Integer) row[5], (BigDecimal) row[6],
                        ((Number) row[7]).longValue(), ((Number) row[8]).longValue(), ((Number) row[9]).longValue(),
                        ((Number) row[10]).longValue()))
                .toList();
    }

    public long countEvents(String search, Instant from, Instant to) {
        return entities.createQuery("""
                        select count(e) from InstituteEvent e
                        where lower(e.title) like :search and e.startsAt >= :from and e.startsAt < :to""", Long.class)
                .setParameter("search", pattern(search)).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    /** Places confirmed and people attending in the events not cancelled that start from {@code from} to {@code to}. */
    public Turnout turnout(Instant from, Instant to) {
        long confirmed = entities.createQuery("""
                        select count(r) from EventRegistration r join InstituteEvent e on e.id = r.eventId
                        where r.status = :confirmed and e.status <> :cancelled
                          and e.startsAt >= :from and e.startsAt < :to""", Long.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("cancelled", EventStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long attendees = entities.createQuery("""
                        select count(x) from EventAttendance x join InstituteEvent e on e.id = x.eventId
                        where x.asPresenter = false and e.status <> :cancelled
                          and e.startsAt >= :from and e.startsAt < :to""", Long.class)
                .setParameter("cancelled", EventStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
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
