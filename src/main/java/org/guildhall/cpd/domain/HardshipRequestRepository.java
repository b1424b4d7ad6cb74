package org.guildhall.cpd.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.guildhall.cpd.HardshipState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HardshipRequestRepository extends JpaRepository<HardshipRequest, Long> {

    List<HardshipRequest> findByAccountIdOrderByRequestedAtDesc(long accountId);

    /** The granted reliefs of a certification, by cycle, for its transcripts. */
    List<HardshipRequest> findByCertificationIdAndStateInOrderByCycleNumber(long certificationId,
            List<HardshipState> states);

    boolean existsByCertificationIdAndCycleNumberAndStateIn(long certificationId, int cycleNumber,
            List<HardshipState> states);

    boolean existsByEvidenceDocumentId(UUID documentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from HardshipRequest h where h.id = :id")
    Optional<HardshipRequest> lockById(long id);
}
