package org.guildhall.identity;

import java.util.Locale;
import java.util.Optional;

import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.platform.ReadOnlyRequests;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account of the person signed in on this request; anyone else is refused. */
@Component
class SignedIn {

    private final AccountRepository accounts;

    SignedIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Account account() {
        return findAccount().orElseThrow(() -> new AccessDeniedException("No signed-in account"));
    }

    /** The signed-in person's account; empty for a principal without one (e.g. erased while signed in). */
    Optional<Account> findAccount() {
        return accounts.findByEmail(email());
    }

    /**
     * What views show of the signed-in account (its summary and the language it chose), read once per Vaadin request
     * ({@link ReadOnlyRequests#once}): the first page of a session asks for the language and then for the account,
     * and one read answers both. Empty for a principal without an account.
     */
    Optional<Snapshot> snapshot() {
        return ReadOnlyRequests.once(new SnapshotKey(email()), () -> findAccount().map(account -> new Snapshot(
                account.toSummary(),
                account.hasChosenLanguage() ? Optional.of(account.language()) : Optional.empty())));
    }

    static String email() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }

    /** The signed-in account as read once for a request. */
    record Snapshot(AccountSummary summary, Optional<Locale> chosenLanguage) {
    }

    /** The key the snapshot is remembered by in a request: who is signed in. */
    private record SnapshotKey(String email) {
    }
}
