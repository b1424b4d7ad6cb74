package org.guildhall.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guildhall.events.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    Optional<EventRegistration> findByEventIdAndAccountId(long eventId, long accountId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    /** The waiting list, first to move up first. */
    List<EventRegistration> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(long eventId,
            RegistrationStatus status);

    List<EventRegistration> findByEventIdAndStatusInOrderByRegisteredAtAscIdAsc(long eventId,
            Collection<RegistrationStatus> statuses);

    List<EventRegistration> findByAccountIdAndStatusIn(long accountId, Collection<RegistrationStatus> statuses);

    /** Those of the events where the account holds a place (confirmed, not waiting). */
    @Query("""
            select r.eventId from EventRegistration r
            where r.accountId = :accountId and r.eventId in :eventIds
              and r.status = org.guildhall.events.RegistrationStatus.CONFIRMED""")
    Set<Long> findEventIdsWithPlaceHeldBy(long accountId, Collection<Long> eventIds);

    /** Places taken and waiting per event, for a page of events in one query: [eventId, status, count]. */
    @Query("""
            select r.eventId, r.status, count(r) from EventRegistration r
            where r.eventId in :eventIds and r.status <> org.guildhall.events.RegistrationStatus.CANCELLED
            group by r.eventId, r.status""")
    List<Object[]> countActiveByEvent(Collection<Long> eventIds);
}
