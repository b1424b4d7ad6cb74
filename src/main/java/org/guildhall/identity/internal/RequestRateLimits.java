package org.guildhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shared.Text;
import org.guildhall.identity.internal.AccountSecuritySettings.Limit;
import org.guildhall.platform.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client address or per email address for what an automated client would repeat:
 * sign-in attempts, registrations, password-reset and verification emails, public credential look-ups by code. Buckets live in this instance's memory:
 * with several instances behind a balancer, each holds its own, so the effective limit is per instance.
 */
@Component
public class RequestRateLimits {

    /** What is limited, and what the person is told when they reach the limit. */
    public enum Limited {
        SIGN_IN_PER_CLIENT("identity.limit.sign-in-per-client"),
        REGISTRATION_PER_CLIENT("identity.limit.registration-per-client"),
        RESET_EMAIL_PER_ADDRESS("identity.limit.reset-email-per-address"),
        RESET_EMAIL_PER_CLIENT("identity.limit.reset-email-per-client"),
        VERIFICATION_EMAIL_PER_ADDRESS("identity.limit.verification-email-per-address"),
        VERIFICATION_EMAIL_PER_CLIENT("identity.limit.verification-email-per-client"),
        CREDENTIAL_LOOKUP_PER_CLIENT("identity.limit.credential-lookup-per-client");

        private final String refusal;

        Limited(String refusal) {
            this.refusal = refusal;
        }
    }

    private static final int MAX_KEYS_PER_LIMIT = 100_000;

    private final Map<Limited, Limit> limits = new EnumMap<>(Limited.class);
    private final Map<Limited, RecentKeys<Bucket>> buckets = new EnumMap<>(Limited.class);
    private final Set<String> exemptClients;
    private final TimeMeter time;

    RequestRateLimits(AccountSecuritySettings settings, Clock clock) {
        var configured = settings.rateLimits();
        limits.put(Limited.SIGN_IN_PER_CLIENT, configured.signInsPerClient());
        limits.put(Limited.REGISTRATION_PER_CLIENT, configured.registrationsPerClient());
        limits.put(Limited.RESET_EMAIL_PER_ADDRESS, configured.resetEmailsPerAddress());
        limits.put(Limited.RESET_EMAIL_PER_CLIENT, configured.resetEmailsPerClient());
        limits.put(Limited.VERIFICATION_EMAIL_PER_ADDRESS, configured.verificationEmailsPerAddress());
        limits.put(Limited.VERIFICATION_EMAIL_PER_CLIENT, configured.verificationEmailsPerClient());
        limits.put(Limited.CREDENTIAL_LOOKUP_PER_CLIENT, configured.credentialLookupsPerClient());
        this.exemptClients = Set.copyOf(configured.exemptClients());
        for (Limited limited : Limited.values()) {
            buckets.put(limited, new RecentKeys<>(MAX_KEYS_PER_LIMIT));
        }
        this.time = new ClockTimeMeter(clock);
    }

    /**
     * Takes one from the bucket of this email address (or other key), or refuses with the limit's message when it
     * is empty.
     */
    public void take(Limited limited, String key) {
        var bucket = buckets.get(limited).computeIfAbsent(key.toLowerCase(Locale.ROOT), unused -> newBucket(limited));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Text.of(limited.refusal),
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one from this client address's bucket, unless the address is exempt. */
    public void takeForClient(Limited limited, String clientAddress) {
        if (!exemptClients.contains(clientAddress)) {
            take(limited, clientAddress);
        }
    }

    /** Takes one from the current web client's bucket; calls from outside a web request are not limited. */
    public void takeForCurrentClient(Limited limited) {
        ClientAddress.current().ifPresent(address -> takeForClient(limited, address));
    }

    private Bucket newBucket(Limited limited) {
        var limit = limits.get(limited);
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.count()).refillGreedy(limit.count(), limit.per()))
                .withCustomTimePrecision(time)
                .build();
    }
}
