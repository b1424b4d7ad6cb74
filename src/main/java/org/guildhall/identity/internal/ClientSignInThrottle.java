package org.guildhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.jspecify.annotations.Nullable;

/**
 * Wrong passwords per client address, whichever accounts they were tried on: past the policy's free failures each
 * further attempt from that address waits a growing pause, so one client cannot try a password on many accounts
 * quickly. Held in this instance's memory; an address quiet for {@link #FORGOTTEN_AFTER} starts afresh.
 */
final class ClientSignInThrottle {

    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    private static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, Instant last, @Nullable Instant nextAttemptAt) {
    }

    private final RecentKeys<Failures> failures = new RecentKeys<>(MAX_ADDRESSES);
    private final LoginThrottlePolicy policy;
    private final Clock clock;

    ClientSignInThrottle(LoginThrottlePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    void recordFailure(String address) {
        var now = clock.instant();
        failures.compute(address, (key, earlier) -> {
            if (earlier != null && earlier.nextAttemptAt() != null && now.isBefore(earlier.nextAttemptAt())) {
                return earlier;
            }
            int count = earlier == null || isForgotten(earlier, now) ? 1 : earlier.count() + 1;
            return new Failures(count, now, policy.nextAttemptAt(count, now));
        });
    }

    /** How long this address must still wait before its next attempt, if it must. */
    Optional<Duration> remainingPause(String address) {
        var now = clock.instant();
        var recorded = failures.get(address);
        if (recorded == null || recorded.nextAttemptAt() == null || !now.isBefore(recorded.nextAttemptAt())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recorded.nextAttemptAt()));
    }

    private static boolean isForgotten(Failures earlier, Instant now) {
        return !now.isBefore(earlier.last().plus(FORGOTTEN_AFTER));
    }
}
