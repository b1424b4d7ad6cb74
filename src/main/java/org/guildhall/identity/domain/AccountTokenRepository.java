package org.guildhall.identity.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so one link clicked twice at once is used once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHash(String tokenHash);
}
