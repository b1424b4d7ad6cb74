package org.guildhall.certification.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExamSittingRepository extends JpaRepository<ExamSitting, Long> {

    @Query("select s from ExamSitting s where s.startsAt > :now and s.seatsTaken < s.capacity order by s.startsAt")
    List<ExamSitting> findBookable(LocalDateTime now);

    List<ExamSitting> findAllByOrderByStartsAtDesc(Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ExamSitting s where s.id = :id")
    Optional<ExamSitting> lockById(long id);
}
