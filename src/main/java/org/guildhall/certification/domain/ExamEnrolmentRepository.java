package org.guildhall.certification.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ExamEnrolmentRepository extends JpaRepository<ExamEnrolment, Long> {

    List<ExamEnrolment> findByCandidateAccountIdOrderByEnrolledAtDesc(long candidateAccountId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ExamEnrolment e where e.id = :id")
    Optional<ExamEnrolment> lockById(long id);
}
