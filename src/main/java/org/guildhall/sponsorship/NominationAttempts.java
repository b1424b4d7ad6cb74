package org.guildhall.sponsorship;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import org.guildhall.platform.ClockTimeMeter;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.internal.SponsorshipProperties;
import org.springframework.stereotype.Component;

/**
 * How many nominations an applicant may try in a day. A nomination that fits no member says so to no one, so this
 * is what stops an applicant from trying surname after surname against one member number. One token bucket per
 * applicant, in this instance's memory (docs/decisions/accounts-and-passwords.md).
 */
@Component
class NominationAttempts {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perDay;
    private final ClockTimeMeter time;

    NominationAttempts(SponsorshipProperties settings, Clock clock) {
        this.perDay = settings.nominationsPerDay();
        this.time = new ClockTimeMeter(clock);
    }

    /** Counts one attempt of the applicant, or refuses it when they have used up the day's. */
    void take(long applicantAccountId) {
        var bucket = buckets.computeIfAbsent(applicantAccountId, unused -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perDay).refillGreedy(perDay, Duration.ofDays(1)))
                .withCustomTimePrecision(time)
                .build());
        if (!bucket.tryConsume(1)) {
            throw new SponsorshipRefusedException(Text.of("sponsorship.nominate.too-many", perDay));
        }
    }
}
