package org.guildhall.cpd.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface HardshipRequestRepository extends JpaRepository<HardshipRequest, Long> {

    List<HardshipRequest> findByAccountIdOrderByRequestedAtDesc(long accountId);

    /** The granted reliefs (extended or paused) of a certification, by cycle, for its transcripts. */
    @Query("""
            select h from HardshipRequest h
            where h.certificationId = :certificationId
              and h.state in (org.guildhall.cpd.HardshipState.EXTENDED, org.guildhall.cpd.HardshipState.PAUSED)
            order by h.cycleNumber""")
    List<HardshipRequest> grantedFor(long certificationId);

    /** Whether the certification has a request for the cycle still open or granted (anything but refused). */
    @Query("""
            select count(h) > 0 from HardshipRequest h
            where h.certificationId = :certificationId and h.cycleNumber = :cycleNumber
              and h.state <> org.guildhall.cpd.HardshipState.REFUSED""")
    boolean existsNotRefused(long certificationId, int cycleNumber);

    boolean existsByEvidenceDocumentId(UUID documentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from HardshipRequest h where h.id = :id")
    Optional<HardshipRequest> lockById(long id);
}
