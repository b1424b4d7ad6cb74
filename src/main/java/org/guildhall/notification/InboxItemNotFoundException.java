package org.guildhall.notification;

import org.guildhall.shared.NotFound;

/** An inbox item that does not exist, or belongs to someone else (the two are not told apart). */
public class InboxItemNotFoundException extends NotFound {

    public InboxItemNotFoundException(long id) {
        super("No inbox item with id " + id + " for the signed-in account");
    }
}
