package org.guildhall.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.guildhall.events.RegistrationStatus;
import org.guildhall.platform.ReadOnlyRequests;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    Optional<EventRegistration> findByEventIdAndAccountId(long eventId, long accountId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    /** The waiting list, first to move up first. */
    List<EventRegistration> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(long eventId,
            RegistrationStatus status);

    /** The waiting lists of several events at once, each first to move up first. */
    List<EventRegistration> findByEventIdInAndStatusOrderByRegisteredAtAscIdAsc(Collection<Long> eventIds,
            RegistrationStatus status);

    /** The event's confirmed and waiting registrations, first registered first. */
    @Query("""
            select r from EventRegistration r
            where r.eventId = :eventId and r.status <> org.guildhall.events.RegistrationStatus.CANCELLED
            order by r.registeredAt, r.id""")
    List<EventRegistration> activeAt(long eventId);

    /** The account's confirmed and waiting registrations. */
    @Query("""
            select r from EventRegistration r
            where r.accountId = :accountId and r.status <> org.guildhall.events.RegistrationStatus.CANCELLED""")
    List<EventRegistration> findActiveOf(long accountId);

    /**
     * The account's confirmed and waiting registrations, read once per Vaadin request ({@link ReadOnlyRequests#once}):
     * the home page and the programme ask for them both for the reader's statuses and for the events they may join.
     */
    default List<EventRegistration> activeOf(long accountId) {
        return ReadOnlyRequests.once(new ActiveOf(accountId), () -> findActiveOf(accountId));
    }

    /** Places taken and waiting per event, for a page of events in one query: [eventId, status, count]. */
    @Query("""
            select r.eventId, r.status, count(r) from EventRegistration r
            where r.eventId in :eventIds and r.status <> org.guildhall.events.RegistrationStatus.CANCELLED
            group by r.eventId, r.status""")
    List<Object[]> countActiveByEvent(Collection<Long> eventIds);

    /** The key an account's active registrations are remembered by in a request. */
    record ActiveOf(long accountId) {
    }
}
