package org.guildhall.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed back to that listener, so a welcome email (or any other reaction)
 * held up by a passing fault goes out without a restart. Only failed publications are taken, never ones still in
 * flight, so a slow listener is not run twice at once; one instance at a time does it (ShedLock). A listener that
 * keeps failing is tried ever less often and then left failed (its row stays in {@code event_publication} for an
 * operator), rather than every minute for ever.
 */
@Component
public class FailedEventResubmission {

    /** The lock's name in table {@code shedlock}. */
    static final String LOCK = "resubmit-failed-event-publications";

    private final IncompleteEventPublications publications;
    private final EventResubmissionSettings settings;
    private final Clock clock;

    FailedEventResubmission(IncompleteEventPublications publications, EventResubmissionSettings settings,
            Clock clock) {
        this.publications = publications;
        this.settings = settings;
        this.clock = clock;
    }

    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitFailedPublications() {
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(settings.retry().firstDelay())
                .withBatchSize(settings.batchSize())
                .withFilter(publication -> isDue(publication, now)));
    }

    private boolean isDue(EventPublication publication, Instant now) {
        Instant lastAttempt = Objects.requireNonNullElse(publication.getLastResubmissionDate(),
                publication.getPublicationDate());
        return settings.retry().isDue(Math.max(publication.getCompletionAttempts(), 1), lastAttempt, now);
    }
}
