package org.guildhall.identity;

/** An emailed link that is unknown, expired or already used. */
public class InvalidLinkException extends RuntimeException {

    public InvalidLinkException() {
        super("This link has expired or has been used already.");
    }
}
