package org.guildhall.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InstituteEventRepository extends JpaRepository<InstituteEvent, Long> {

    /** One event with its presenters in the same query, for the pages that show one event (issue 15). */
    @Query("select e from InstituteEvent e left join fetch e.presenterAccountIds where e.id = :id")
    Optional<InstituteEvent> findWithPresentersById(long id);

    /** Takes the event's row lock: registrations and cancellations for one event happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from InstituteEvent e where e.id = :id")
    Optional<InstituteEvent> lockById(long id);

    /** The published events from {@code from} on with their presenters, soonest first: the programme. */
    @Query("""
            select e from InstituteEvent e left join fetch e.presenterAccountIds
            where e.status = org.guildhall.events.EventStatus.PUBLISHED and e.startsAt >= :from
            order by e.startsAt, e.id""")
    List<InstituteEvent> findProgrammeFrom(Instant from);

    /** Every event for the registrar, newest start first. */
    @Query("select e from InstituteEvent e order by e.startsAt desc, e.id desc")
    List<InstituteEvent> findAllNewestFirst(Pageable page);

    /** The other presenters of every event, not cancelled, that this person presented. */
    @Query("""
            select new org.guildhall.events.CoPresentation(other, e.title, e.startsAt)
            from InstituteEvent e join e.presenterAccountIds other
            where :accountId member of e.presenterAccountIds and other <> :accountId
              and e.status <> org.guildhall.events.EventStatus.CANCELLED
            order by e.startsAt desc""")
    List<org.guildhall.events.CoPresentation> findCoPresenters(long accountId);
}
