package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.assessment.AssessmentEvents.ScoreDueSoon;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.assessment.domain.ScoreReminderLog;
import org.guildhall.assessment.domain.ScoreReminderLog.Milestone;
import org.guildhall.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds assessors who have not submitted their score: once from N days before the panel's due date (a setting)
 * and once on the due date, never twice however often (and on however many instances) the job runs. After the due
 * date the chair's manual reminder takes over.
 */
@Service
public class ScoreReminders {

    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final ScoreReminderLog sent;
    private final PanelRecords records;
    private final Settings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ScoreReminders(PanelRepository panels, ScoreRepository scores,
            ScoreReminderLog sent, PanelRecords records, Settings settings, ApplicationEventPublisher publisher,
            Clock clock) {
        this.panels = panels;
        this.scores = scores;
        this.sent = sent;
        this.records = records;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sends the reminders due today and returns how many this call sent. */
    @Transactional
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        LocalDate reachable = today.plusDays(settings.intOn(AssessmentSettings.REMINDER_DAYS_BEFORE, today));
        int count = 0;
        for (var panel : panels.findByStatusNotOrderByDueOnAsc(PanelStatus.DECIDED)) {
            if (panel.dueOn().isBefore(today) || panel.dueOn().isAfter(reachable)) {
                continue;
            }
            var milestone = panel.dueOn().equals(today) ? Milestone.DUE_DAY : Milestone.BEFORE_DUE;
            for (var member : panel.activeMembers()) {
                boolean submitted = scores.findByPanelIdAndAssessorAccountId(panel.id(), member.assessorAccountId())
                        .filter(Score::isSubmitted).isPresent();
                if (submitted || !sent.recordFirst(member.id(), milestone, clock.instant())) {
                    continue;
                }
                publisher.publishEvent(new ScoreDueSoon(panel.id(), member.assessorAccountId(),
                        records.nameOf(panel.candidateAccountId()), panel.designationCode(), panel.dueOn(),
                        milestone == Milestone.DUE_DAY));
                count++;
            }
        }
        return count;
    }
}
