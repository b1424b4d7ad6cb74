package org.guildhall.cpd.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.guildhall.cpd.EssayStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RecertificationEssayRepository extends JpaRepository<RecertificationEssay, Long> {

    Optional<RecertificationEssay> findByCertificationIdAndCycleNumber(long certificationId, int cycleNumber);

    List<RecertificationEssay> findByStatusOrderBySubmittedAtAsc(EssayStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from RecertificationEssay e where e.id = :id")
    Optional<RecertificationEssay> lockById(long id);
}
