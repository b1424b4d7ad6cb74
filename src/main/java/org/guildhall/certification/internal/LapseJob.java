package org.guildhall.certification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guildhall.certification.CertificationAwards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, records the certifications that reached expiry unrenewed as lapsed (seed 001), on one instance of
 * several (the lock is held at least five minutes, so an instance whose clock runs a little late finds it taken).
 */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class LapseJob {

    private static final Logger log = LoggerFactory.getLogger(LapseJob.class);

    private final CertificationAwards awards;

    LapseJob(CertificationAwards awards) {
        this.awards = awards;
    }

    @Scheduled(cron = "${guildhall.certification.lapse-cron}")
    @SchedulerLock(name = "certification-lapse", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void lapseExpiredCertifications() {
        int lapsed = awards.lapseExpired();
        if (lapsed > 0) {
            log.info("Recorded {} certification(s) as lapsed", lapsed);
        }
    }
}
