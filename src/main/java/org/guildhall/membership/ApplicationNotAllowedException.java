package org.guildhall.membership;

/** A step on an application that its current state does not allow; the message says why, for the user. */
public class ApplicationNotAllowedException extends RuntimeException {

    public ApplicationNotAllowedException(String message) {
        super(message);
    }
}
