package org.guildhall.notification;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** An inbox item that does not exist, or belongs to someone else (the two are not told apart). */
public class InboxItemNotFoundException extends NotFound {

    public InboxItemNotFoundException(long id) {
        super(Text.of("notification.inbox.not-found", id));
    }
}
