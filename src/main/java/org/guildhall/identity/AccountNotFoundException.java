package org.guildhall.identity;

import org.guildhall.shared.NotFound;

/** An account id that does not (or no longer) exist. */
public class AccountNotFoundException extends NotFound {

    public AccountNotFoundException(long id) {
        super("No account with id " + id);
    }
}
