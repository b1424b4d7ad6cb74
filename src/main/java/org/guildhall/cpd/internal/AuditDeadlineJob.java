package org.guildhall.cpd.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guildhall.cpd.AuditDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, expires the CPD audits left unanswered past their deadline and reminds those nearing it, on one
 * instance of several (the lock is held at least five minutes, so an instance whose clock runs late finds it taken).
 */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class AuditDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(AuditDeadlineJob.class);

    private final AuditDeadlines deadlines;

    AuditDeadlineJob(AuditDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${guildhall.cpd.audit-deadline-cron}")
    @SchedulerLock(name = "cpd-audit-deadlines", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void enforceDeadlines() {
        var outcome = deadlines.run();
        if (outcome.expired() + outcome.reminded() > 0) {
            log.info("CPD audits: {} expired unanswered, {} reminded", outcome.expired(), outcome.reminded());
        }
    }
}
