package org.guildhall.identity;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** An account id that does not (or no longer) exist. */
public class AccountNotFoundException extends NotFound {

    public AccountNotFoundException(long id) {
        super(Text.of("identity.account.not-found", id));
    }
}
