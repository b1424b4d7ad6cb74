package org.guildhall.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code guildhall.events.resubmission.*}: how often a failed event publication (a listener that threw, say on a
 * database lock timeout) is handed to its listener again, how old it must be first, and how many go per round.
 */
@ConfigurationProperties("guildhall.events.resubmission")
record EventResubmissionSettings(Duration interval, Duration minAge, int batchSize) {

    EventResubmissionSettings {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("The resubmission interval must be positive, not " + interval);
        }
        if (minAge.isNegative()) {
            throw new IllegalArgumentException("The minimum age cannot be negative, not " + minAge);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("At least one publication is resubmitted per round");
        }
    }
}
