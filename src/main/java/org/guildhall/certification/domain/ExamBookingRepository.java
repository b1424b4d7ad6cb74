package org.guildhall.certification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExamBookingRepository extends JpaRepository<ExamBooking, Long> {

    List<ExamBooking> findByEnrolmentIdInOrderByBookedAtDesc(Collection<Long> enrolmentIds);

    List<ExamBooking> findBySittingIdOrderById(long sittingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ExamBooking b where b.id = :id")
    Optional<ExamBooking> lockById(long id);
}
