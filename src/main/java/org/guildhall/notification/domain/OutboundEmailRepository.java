package org.guildhall.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    long countByStatus(OutboundEmail.Status status);

    List<OutboundEmail> findByStatusOrderByCreatedAtDescIdDesc(OutboundEmail.Status status, Pageable page);

    /** The email, locked until the caller's transaction ends, so two admins cannot send it again twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from OutboundEmail e where e.id = :id")
    Optional<OutboundEmail> lockById(long id);

    /**
     * The pending email that has waited longest for its attempt at {@code now}, locked until the caller's
     * transaction ends; emails another sender holds are skipped, so no two senders send the same email.
     */
    @Query(value = """
            select * from outbound_email
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutboundEmail> lockNextDue(Instant now);
}
