package org.guildhall.notification.internal;

import org.springframework.context.ApplicationContext;

/** The outbox's sending round, for test code outside this package (the fault run), which cannot see the sender. */
public final class OutboxRound {

    private OutboxRound() {
    }

    /** Sends the due emails of a context, as its scheduled round would. */
    public static void sendDue(ApplicationContext context) {
        context.getBean(OutboxSender.class).sendDue();
    }
}
