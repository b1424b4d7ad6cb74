package org.guildhall.assessment.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guildhall.assessment.ScoreReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each morning, reminds assessors whose score is due soon or today, on one instance of several. */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
class ScoreReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ScoreReminderJob.class);

    private final ScoreReminders reminders;

    ScoreReminderJob(ScoreReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${guildhall.assessment.reminder-cron}")
    @SchedulerLock(name = "assessment-score-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void sendReminders() {
        int sent = reminders.sendDueReminders();
        if (sent > 0) {
            log.info("Sent {} score reminder(s)", sent);
        }
    }
}
