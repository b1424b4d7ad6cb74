package org.guildhall.membership;

import org.guildhall.shared.Refused;

/** A step on an application that its current state does not allow; the message says why, for the user. */
public class ApplicationNotAllowedException extends Refused {

    public ApplicationNotAllowedException(String message) {
        super(message);
    }
}
