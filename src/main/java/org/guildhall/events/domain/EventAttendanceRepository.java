package org.guildhall.events.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventAttendanceRepository extends JpaRepository<EventAttendance, Long> {

    Optional<EventAttendance> findByEventIdAndAccountId(long eventId, long accountId);

    boolean existsByEventIdAndAccountId(long eventId, long accountId);

    /** Those of the events the account attended, in one query. */
    @Query("select a.eventId from EventAttendance a where a.accountId = :accountId and a.eventId in :eventIds")
    Set<Long> findEventIdsAttended(long accountId, Collection<Long> eventIds);

    List<EventAttendance> findByEventId(long eventId);

    List<EventAttendance> findByAccountId(long accountId);
}
