package org.guildhall.platform.internal;

import java.time.Duration;

import org.guildhall.shared.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code guildhall.events.resubmission.*}: how often the job looks for failed event publications (a listener that
 * threw, say on a database lock timeout), how many it hands back per round, and how patiently one publication is
 * retried (the wait doubles from the first delay up to the longest; after the last attempt it is left failed).
 */
@ConfigurationProperties("guildhall.events.resubmission")
record EventResubmissionSettings(Duration interval, int batchSize, RetryPolicy retry) {

    EventResubmissionSettings {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("The resubmission interval must be positive, not " + interval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("At least one publication is resubmitted per round");
        }
    }
}
