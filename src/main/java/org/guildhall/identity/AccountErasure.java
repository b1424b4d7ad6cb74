package org.guildhall.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.internal.AccountSessions;
import org.guildhall.shared.ForOtherModules;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets a person's account (Art. 17) once the registrar approved it, after every module has erased its part:
 * the row stays under a pseudonym (other records point at it), every session ends and it can never sign in again.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class AccountErasure {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountErasure(AccountRepository accounts, AccountSessions sessions, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** @return whether there was an account to forget */
    @Transactional
    public boolean forget(long accountId) {
        return accounts.findById(accountId).map(account -> {
            // A random secret nobody knows, hashed: the column keeps a well-formed hash that no password matches.
            account.erase(clock.instant(), passwords.encode(HexFormat.of().formatHex(RANDOM.generateSeed(32))));
            sessions.endOtherSessionsOf(accountId);
            return true;
        }).orElse(false);
    }
}
