package org.guildhall.identity.internal;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every open session of an account, ended at once: each account has a session generation (table
 * {@code account_session_generation}); a session is stamped with it at sign-in, and {@link SessionLifetimeFilter}
 * refuses a session whose generation is older than the account's. Kept in the database, so it holds across
 * several portal instances and restarts.
 */
@Component
public class AccountSessions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountSessions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Ends every session of this account except the one making this request, if that one is the account's own
     * (a person changing their password stays signed in where they did it). Takes effect when the caller's
     * transaction commits.
     */
    public void endOtherSessionsOf(long accountId) {
        jdbc.update("INSERT INTO account_session_generation (account_id, generation) VALUES (?, 1) "
                + "ON DUPLICATE KEY UPDATE generation = generation + 1", accountId);
        long generation = generationOf(accountId);
        currentSession().ifPresent(session -> {
            if (session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp
                    && stamp.accountId() == accountId) {
                afterCommit(() -> session.setAttribute(SessionStamp.ATTRIBUTE, stamp.at(generation)));
            }
        });
    }

    long generationOf(long accountId) {
        return jdbc.query("SELECT generation FROM account_session_generation WHERE account_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, accountId);
    }

    /** The stamp for a session that has just signed in as this person. */
    SessionStamp stampFor(Authentication signedIn) {
        var row = jdbc.query("SELECT a.id, COALESCE(g.generation, 0) FROM account a "
                        + "LEFT JOIN account_session_generation g ON g.account_id = a.id WHERE a.email = ?",
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null, signedIn.getName());
        if (row == null) {
            throw new IllegalStateException("Signed in as " + signedIn.getName() + ", which has no account");
        }
        return new SessionStamp(row[0], row[1], clock.instant());
    }

    private static Optional<HttpSession> currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false))
                : Optional.empty();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
