package org.guildhall.shared;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Failed steps (emails, event listeners) are tried again after 1, 2, 4 ... minutes, never waiting longer than the ceiling, then given up. */
class RetryPolicyTest {

    private final RetryPolicy retry = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_ceiling() {
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(retry.delayAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(retry.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_policy_that_never_waits_or_never_tries_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0));
    }

    @Test
    void a_step_is_due_once_its_wait_has_passed_and_never_after_the_last_attempt() {
        Instant failed = Instant.parse("2026-12-06T10:00:00Z");
        assertThat(retry.isDue(1, failed, failed.plusSeconds(59))).isFalse();
        assertThat(retry.isDue(1, failed, failed.plusSeconds(60))).isTrue();
        assertThat(retry.isDue(3, failed, failed.plusSeconds(239))).as("the third failure waits 4 minutes").isFalse();
        assertThat(retry.isDue(3, failed, failed.plusSeconds(240))).isTrue();
        assertThat(retry.isDue(7, failed, failed.plus(Duration.ofDays(1)))).isTrue();
        assertThat(retry.isDue(8, failed, failed.plus(Duration.ofDays(365)))).as("given up after 8").isFalse();
    }
}
