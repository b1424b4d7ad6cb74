package org.guildhall.identity.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.guildhall.identity.domain.AccountToken.Purpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so one link clicked twice at once is used once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Uses up every still-unused link of this purpose of the account, so none of them works any more. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update AccountToken t set t.usedAt = :now
            where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null
            """)
    int revokeAll(long accountId, Purpose purpose, Instant now);
}
