package org.guildhall.shared;

/**
 * A request the rules turn down, with a message written for the person who asked (what is wrong, what to do).
 * Nothing has changed when it is thrown. Views may catch it to show the message beside a field; whatever they do
 * not catch, the session's error handler shows as it is.
 */
public abstract class Refused extends RuntimeException {

    protected Refused(String message) {
        super(message);
    }

    protected Refused(String message, Throwable cause) {
        super(message, cause);
    }
}
