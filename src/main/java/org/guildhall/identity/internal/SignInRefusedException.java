package org.guildhall.identity.internal;

import org.guildhall.shared.Text;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any password was checked because its client is over a limit; the reason, about the
 * client and never about the account, is shown on the login form in the reader's language.
 */
public class SignInRefusedException extends AuthenticationException {

    private final transient Text reason;

    SignInRefusedException(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
