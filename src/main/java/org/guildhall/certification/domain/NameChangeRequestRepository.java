package org.guildhall.certification.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.guildhall.certification.NameChangeState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface NameChangeRequestRepository extends JpaRepository<NameChangeRequest, Long> {

    List<NameChangeRequest> findByHolderAccountIdOrderByRequestedAtDesc(long holderAccountId);

    List<NameChangeRequest> findByStateOrderByRequestedAtAsc(NameChangeState state);

    boolean existsByHolderAccountIdAndState(long holderAccountId, NameChangeState state);

    boolean existsByEvidenceDocumentId(UUID evidenceDocumentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from NameChangeRequest r where r.id = :id")
    NameChangeRequest lockById(long id);
}
