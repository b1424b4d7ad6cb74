package org.guildhall.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventAttendanceRepository extends JpaRepository<EventAttendance, Long> {

    Optional<EventAttendance> findByEventIdAndAccountId(long eventId, long accountId);

    boolean existsByEventIdAndAccountId(long eventId, long accountId);

    List<EventAttendance> findByEventId(long eventId);

    List<EventAttendance> findByAccountId(long accountId);
}
