package org.guildhall.notification.domain;

import java.time.Duration;
import java.time.Instant;

import org.guildhall.shared.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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

    @Test
    void every_attempt_carries_one_message_id_made_of_the_row_and_its_queueing_moment() {
        var queuedAt = Instant.parse("2026-11-25T09:00:00Z");
        var email = new OutboundEmail("AccountRegistered:7", "mei@example.org", "Welcome", "Dear Mei", queuedAt);
        ReflectionTestUtils.setField(email, "id", 42L);
        String first = email.messageId("guildhall.example");

        email.failed("Read timed out", queuedAt, retry);

        assertThat(email.messageId("guildhall.example")).isEqualTo(first)
                .isEqualTo("<outbox.42." + queuedAt.toEpochMilli() + "@guildhall.example>");
    }

    @Test
    void an_email_given_up_is_sent_again_with_a_full_set_of_attempts_and_only_then() {
        var now = Instant.parse("2026-11-25T09:00:00Z");
        var email = new OutboundEmail("AccountRegistered:8", "ines@example.org", "Welcome", "Dear Ines", now);
        assertThatIllegalStateException().isThrownBy(() -> email.sendAgain("ada@example.org", now));
        for (int attempt = 1; attempt <= 8; attempt++) {
            email.failed("550 mailbox unavailable", now, retry);
        }

        email.sendAgain("ada@example.org", now.plusSeconds(60));

        assertThat(email.status()).isEqualTo(OutboundEmail.Status.PENDING);
        assertThat(email.attempts()).isZero();
        assertThat(email.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
        assertThat(email.lastError()).isEqualTo("550 mailbox unavailable");
    }
}
