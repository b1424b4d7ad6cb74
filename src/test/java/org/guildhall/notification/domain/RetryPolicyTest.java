package org.guildhall.notification.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Failed emails are tried again after 1, 2, 4 ... minutes, never waiting longer than the ceiling, then given up. */
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
}
