package org.guildhall.identity;

/** An account id that does not (or no longer) exist. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(long id) {
        super("No account with id " + id);
    }
}
