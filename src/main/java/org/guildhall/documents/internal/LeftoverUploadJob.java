package org.guildhall.documents.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, removes uploads that no form took up ({@link LeftoverUploadCleaner}), on one instance of several. */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class LeftoverUploadJob {

    private final LeftoverUploadCleaner cleaner;

    LeftoverUploadJob(LeftoverUploadCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Scheduled(cron = "${guildhall.documents.leftovers.cron}")
    @SchedulerLock(name = "leftover-uploads", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void removeLeftoverUploads() {
        cleaner.removeLeftovers();
    }
}
