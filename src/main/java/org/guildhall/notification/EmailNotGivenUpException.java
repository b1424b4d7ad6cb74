package org.guildhall.notification;

import org.guildhall.shared.Explained;
import org.guildhall.shared.Text;

/** "Send again" on an email that is not (or no longer) given up: another admin sent it again, or it never failed. */
public class EmailNotGivenUpException extends RuntimeException implements Explained {

    public EmailNotGivenUpException() {
        super("That email is no longer among those given up; someone may have sent it again already.");
    }

    @Override
    public Text reason() {
        return Text.of(getMessage());
    }
}
