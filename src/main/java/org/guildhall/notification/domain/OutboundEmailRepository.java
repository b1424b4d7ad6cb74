package org.guildhall.notification.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    long countByStatus(OutboundEmail.Status status);

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
