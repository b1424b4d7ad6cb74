package org.guildhall.notification;

import java.time.Instant;

/** An email the outbox gave up on, as the admin's list shows it: to whom, what, when, and the server's last word. */
public record FailedEmailSummary(long id, String recipient, String subject, Instant queuedAt, int attempts,
        String lastError) {
}
