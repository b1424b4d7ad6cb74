package org.guildhall.identity.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any password was checked because its client is over a limit; the message, about the
 * client and never about the account, is shown on the login form.
 */
public class SignInRefusedException extends AuthenticationException {

    SignInRefusedException(String message) {
        super(message);
    }
}
