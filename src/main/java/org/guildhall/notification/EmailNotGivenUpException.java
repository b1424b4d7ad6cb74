package org.guildhall.notification;

import org.guildhall.shared.Explained;
import org.guildhall.shared.Text;

/** "Send again" on an email that is not (or no longer) given up: another admin sent it again, or it never failed. */
public class EmailNotGivenUpException extends RuntimeException implements Explained {

    private static final Text REASON = Text.of("notification.failed.not-given-up");

    public EmailNotGivenUpException() {
        super(REASON.english());
    }

    @Override
    public Text reason() {
        return REASON;
    }
}
