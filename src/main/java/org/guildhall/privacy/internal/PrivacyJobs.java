package org.guildhall.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The privacy module's background work, each on one instance of several: building the exports people asked for
 * (every few seconds, so the page's progress moves soon after the request), dropping expired ones, and applying
 * the retention rules nightly.
 */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class PrivacyJobs {

    private static final Logger log = LoggerFactory.getLogger(PrivacyJobs.class);

    private final ExportBuilder exports;
    private final RetentionRunner retention;

    PrivacyJobs(ExportBuilder exports, RetentionRunner retention) {
        this.exports = exports;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${guildhall.privacy.export-poll-interval}")
    @SchedulerLock(name = "privacy-exports", lockAtMostFor = "PT30M")
    void buildExports() {
        int built = exports.buildWaiting();
        int expired = exports.expireOld();
        if (built + expired > 0) {
            log.info("Personal data exports: {} built, {} expired", built, expired);
        }
    }

    @Scheduled(cron = "${guildhall.privacy.retention-cron}")
    @SchedulerLock(name = "privacy-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void applyRetention() {
        retention.apply().forEach(due -> {
            if (due.records() > 0) {
                log.info("Retention: deleted {} {} older than {}", due.records(), due.kind(), due.cutoff());
            }
        });
    }
}
