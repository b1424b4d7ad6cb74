package org.guildhall.certification.internal;

import org.guildhall.certification.CertificationAwards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, records the certifications that reached expiry unrenewed as lapsed (seed 001). */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class LapseJob {

    private static final Logger log = LoggerFactory.getLogger(LapseJob.class);

    private final CertificationAwards awards;

    LapseJob(CertificationAwards awards) {
        this.awards = awards;
    }

    @Scheduled(cron = "${guildhall.certification.lapse-cron}")
    void lapseExpiredCertifications() {
        int lapsed = awards.lapseExpired();
        if (lapsed > 0) {
            log.info("Recorded {} certification(s) as lapsed", lapsed);
        }
    }
}
