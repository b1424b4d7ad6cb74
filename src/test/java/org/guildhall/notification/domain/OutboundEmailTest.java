package org.guildhall.notification.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An email's life in the outbox: pending, tried again after each failure, given up after the last attempt. */
class OutboundEmailTest {

    private final RetryPolicy retry = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

    @Test
    void an_email_failing_its_last_attempt_is_given_up() {
        var now = Instant.parse("2026-11-25T09:00:00Z");
        var email = new OutboundEmail("AccountRegistered:7/7", "mei@example.org", "Welcome", "Dear Mei", now);
        for (int attempt = 1; attempt < 8; attempt++) {
            email.failed("Connection refused", now, retry);
            assertThat(email.status()).isEqualTo(OutboundEmail.Status.PENDING);
        }
        assertThat(email.nextAttemptAt()).isEqualTo(now.plus(retry.delayAfter(7)));

        email.failed("Connection refused", now, retry);

        assertThat(email.status()).isEqualTo(OutboundEmail.Status.FAILED);
        assertThat(email.attempts()).isEqualTo(8);
    }
}
