package org.guildhall.identity;

import java.time.Clock;
import java.time.Duration;

import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountToken;
import org.guildhall.identity.domain.AccountToken.Purpose;
import org.guildhall.identity.domain.AccountTokenRepository;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.identity.internal.AccountSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords and emailed links, shared by the signed-out flows ({@link AccountService}) and the signed-in person's
 * own changes ({@link MyAccountService}); runs in the caller's transaction.
 */
@Component
class AccountCredentials {

    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountTokenRepository tokens;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AccountCredentials(PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AccountTokenRepository tokens,
            AccountSessions sessions, ApplicationEventPublisher publisher, Clock clock) {
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    void refuseWeak(String newPassword, Account account) {
        passwordPolicy.weakness(newPassword, account.email(), account.fullName()).ifPresent(reason -> {
            throw new InvalidAccountDataException(Field.PASSWORD, reason);
        });
    }

    /** The one place a password changes: hash it, revoke outstanding reset links, tell the holder. */
    void setPassword(Account account, String newPassword) {
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        tokens.revokeAll(account.id(), Purpose.RESET_PASSWORD, clock.instant());
        sessions.endOtherSessionsOf(account.id());
        publisher.publishEvent(new PasswordChanged(account.id(), account.email(), account.fullName(), clock.instant()));
    }

    /** A new link for this purpose; the account's earlier unused links for it stop working. */
    String issue(long accountId, Purpose purpose, Duration validity) {
        tokens.revokeAll(accountId, purpose, clock.instant());
        return save(AccountToken.issue(accountId, purpose, clock.instant(), validity));
    }

    String save(AccountToken.Issued issued) {
        tokens.save(issued.token());
        return issued.secret();
    }
}
