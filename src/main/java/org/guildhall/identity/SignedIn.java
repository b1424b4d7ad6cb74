package org.guildhall.identity;

import java.util.Optional;

import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
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

    static String email() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }
}
