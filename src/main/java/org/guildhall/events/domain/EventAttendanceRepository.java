package org.guildhall.events.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventAttendanceRepository extends JpaRepository<EventAttendance, Long> {

    Optional<EventAttendance> findByEventIdAndAccountId(long eventId, long accountId);

    boolean existsByEventIdAndAccountId(long eventId, long accountId);

    /**
     * Every event the account attended, in one query: a member's own short list, read whole rather than for a list of
     * event ids so that Hibernate caches the query's plan (docs/decisions/query-plan-cache.md).
     */
    @Query("select a.eventId from EventAttendance a where a.accountId = :accountId")
    Set<Long> findEventIdsAttended(long accountId);

    List<EventAttendance> findByEventId(long eventId);

    List<EventAttendance> findByAccountId(long accountId);
}
