package org.guildhall.identity.internal;

import java.time.Duration;
import java.util.Set;

import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code guildhall.accounts.*}: the cost of a password hash, how sign-in slows down after wrong passwords, and the
 * rate limits on sign-in, registration and account emails (docs/decisions/accounts-and-passwords.md).
 */
@ConfigurationProperties("guildhall.accounts")
record AccountSecuritySettings(Argon2 argon2, Throttle throttlePerAccount, Throttle throttlePerClient,
        RateLimits rateLimits) {

    /** Argon2id's cost: memory in KiB, passes over it, and lanes. */
    record Argon2(int memoryKib, int iterations, int parallelism) {
    }

    record Throttle(int freeFailures, Duration firstPause, Duration longestPause) {

        LoginThrottlePolicy policy() {
            return new LoginThrottlePolicy(freeFailures, firstPause, longestPause);
        }
    }

    /** At most {@code count} in any {@code per}, refilled evenly. */
    record Limit(int count, Duration per) {
    }

    /** The limits, and client addresses none of the per-client ones apply to (e.g. a monitor; the tests' own). */
    record RateLimits(Limit signInsPerClient, Limit registrationsPerClient, Limit resetEmailsPerAddress,
            Limit resetEmailsPerClient, Limit verificationEmailsPerAddress, Limit verificationEmailsPerClient,
            Limit credentialLookupsPerClient, Set<String> exemptClients) {
    }
}
