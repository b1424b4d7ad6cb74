package org.guildhall.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How sign-in slows down after wrong passwords in a row (issue 11, ASVS 6.3.5): the first {@code freeFailures}
 * cost nothing; after that, each further attempt waits a pause that doubles from {@code firstPause} up to
 * {@code longestPause}. Guessing stays slow for an attacker, while the rightful person, whoever else is guessing,
 * never waits longer than the longest pause (and a password reset ends the wait at once). One policy is kept per
 * account and one per client address.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstPause, Duration longestPause) {

    public LoginThrottlePolicy {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1");
        }
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("Pauses must be positive, the longest at least the first");
        }
    }

    /** The wait after this many wrong passwords in a row: none up to the free ones, then doubling, capped. */
    public Duration pauseAfter(int consecutiveFailures) {
        if (consecutiveFailures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = consecutiveFailures - freeFailures;
        // Past 2^30 any real first pause exceeds the cap; stopping there keeps the product from overflowing.
        if (doublings >= 30) {
            return longestPause;
        }
        var pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /** When the next attempt may be made after the last failure, or null when it may be made at once. */
    public @Nullable Instant nextAttemptAt(int consecutiveFailures, Instant lastFailure) {
        var pause = pauseAfter(consecutiveFailures);
        return pause.isZero() ? null : lastFailure.plus(pause);
    }
}
