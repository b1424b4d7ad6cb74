package org.guildhall.identity.domain;

import java.time.Duration;

/**
 * After {@code maxConsecutiveFailures} wrong passwords in a row an account is locked for {@code lockDuration},
 * which turns password guessing from thousands of tries an hour into a handful.
 */
public record LoginThrottlePolicy(int maxConsecutiveFailures, Duration lockDuration) {

    public LoginThrottlePolicy {
        if (maxConsecutiveFailures < 1) {
            throw new IllegalArgumentException("maxConsecutiveFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
