package org.guildhall.privacy.domain;

import java.util.List;
import java.util.Optional;

import org.guildhall.privacy.ErasureStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

    Optional<ErasureRequest> findFirstByAccountIdOrderByRequestedAtDescIdDesc(long accountId);

    boolean existsByAccountIdAndStatus(long accountId, ErasureStatus status);

    List<ErasureRequest> findByStatusOrderByRequestedAt(ErasureStatus status, Pageable page);

    List<ErasureRequest> findByStatusNotOrderByDecidedAtDesc(ErasureStatus status, Pageable page);
}
