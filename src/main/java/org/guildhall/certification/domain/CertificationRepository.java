package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

    List<Certification> findByHolderAccountIdOrderByAwardedOnDesc(long holderAccountId);

    List<Certification> findByHolderAccountIdIn(java.util.Collection<Long> holderAccountIds);

    Optional<Certification> findByVerificationCode(String verificationCode);

    /** Ids of certifications that reached expiry unrenewed and are not yet recorded as lapsed. */
    @Query("select c.id from Certification c where c.expiresOn <= :today and c.lapsedOn is null")
    List<Long> findIdsDueToLapse(LocalDate today);

    /** Unlapsed certifications expiring in the given days, both included, for reminder jobs. */
    List<Certification> findByExpiresOnBetweenAndLapsedOnIsNull(LocalDate from, LocalDate to);

    /**
     * Unlapsed certifications expiring after {@code today}, in expiry order from just after the cursor
     * ({@code afterExpiry}, {@code afterId}), {@code limit} at a time, for reports that walk them all.
     */
    @Query("""
            select c from Certification c where c.lapsedOn is null and c.expiresOn > :today
              and (c.expiresOn > :afterExpiry or (c.expiresOn = :afterExpiry and c.id > :afterId))
            order by c.expiresOn, c.id""")
    List<Certification> findUnlapsedAfter(LocalDate today, LocalDate afterExpiry, long afterId, Limit limit);

    boolean existsByStatusListIndex(int statusListIndex);

    /** The status-list bits of revoked certifications. */
    @Query("select c.statusListIndex from Certification c where c.standing.revokedOn is not null")
    List<Integer> findRevokedStatusListIndexes();

    /** Certifications with a suspension on record, some of which may have ended by date. */
    @Query("select c from Certification c where c.standing.suspendedOn is not null and c.standing.revokedOn is null")
    List<Certification> findWithSuspensionOnRecord();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Certification c where c.id = :id")
    Certification lockById(long id);
}
