package org.guildhall.cpd.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guildhall.cpd.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, reminds members short of CPD credits as their expiry nears: on one instance of several (the lock is
 * held at least five minutes, so an instance whose clock runs a little late finds it taken).
 */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${guildhall.cpd.reminder-cron}")
    @SchedulerLock(name = "cpd-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void sendReminders() {
        int sent = reminders.sendDueReminders();
        if (sent > 0) {
            log.info("Sent {} CPD reminder(s)", sent);
        }
    }
}
