package org.guildhall.notification.domain;

import java.time.Duration;

/**
 * How patiently an email is tried again after the mail server refused it or could not be reached: the wait
 * doubles after each failed attempt (1 minute, 2, 4 ...) up to a ceiling, and after the last attempt the email is
 * given up.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (!firstDelay.isPositive()) {
            throw new IllegalArgumentException("The first delay must be positive, not " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The longest delay cannot be shorter than the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("An email is tried at least once");
        }
    }

    /** The wait before the next attempt, once this many attempts (1 or more) have failed. */
    public Duration delayAfter(int failedAttempts) {
        // Past 2^30 the delay is long capped anyway; the limit keeps the shift from overflowing.
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
