package org.guildhall.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * How patiently a failed step is tried again (an email the mail server refused, an event whose listener threw): the
 * wait doubles after each failed attempt (1 minute, 2, 4 ...) up to a ceiling, and after the last attempt the step
 * is given up, so a step that can never succeed stops costing work.
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
            throw new IllegalArgumentException("A step is tried at least once");
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

    /** Whether a step that failed this many times, the last at {@code lastAttempt}, is to be tried again by now. */
    public boolean isDue(int failedAttempts, Instant lastAttempt, Instant now) {
        return !givesUpAfter(failedAttempts) && !now.isBefore(lastAttempt.plus(delayAfter(failedAttempts)));
    }
}
