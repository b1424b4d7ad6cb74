package org.guildhall.platform.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed back to that listener, so a welcome email (or any other reaction)
 * held up by a passing fault goes out without a restart. Only failed publications are taken, never ones still in
 * flight, so a slow listener is not run twice at once; one instance at a time does it (ShedLock).
 */
@Component
public class FailedEventResubmission {

    /** The lock's name in table {@code shedlock}. */
    static final String LOCK = "resubmit-failed-event-publications";

    private final IncompleteEventPublications publications;
    private final EventResubmissionSettings settings;

    FailedEventResubmission(IncompleteEventPublications publications, EventResubmissionSettings settings) {
        this.publications = publications;
        this.settings = settings;
    }

    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitFailedPublications() {
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(settings.minAge())
                .withBatchSize(settings.batchSize()));
    }
}
