package org.guildhall.identity;

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
        return accounts.findByEmail(email())
                .orElseThrow(() -> new AccessDeniedException("No signed-in account"));
    }

    static String email() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return authentication.getName();
    }
}
