package org.guildhall.notification;

/** "Send again" on an email that is not (or no longer) given up: another admin sent it again, or it never failed. */
public class EmailNotGivenUpException extends RuntimeException {

    public EmailNotGivenUpException() {
        super("That email is no longer among those given up; someone may have sent it again already.");
    }
}
