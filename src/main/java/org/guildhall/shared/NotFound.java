package org.guildhall.shared;

/**
 * A record that does not exist, or that the caller may not see: the two read the same, so ids reveal nothing.
 * The message may be shown to the person who asked.
 */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
