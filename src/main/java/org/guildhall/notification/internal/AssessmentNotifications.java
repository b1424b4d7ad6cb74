package org.guildhall.notification.internal;

import java.util.Locale;

import org.guildhall.assessment.AssessmentEvents.AssessorAssigned;
import org.guildhall.assessment.AssessmentEvents.InterviewScheduled;
import org.guildhall.assessment.AssessmentEvents.PanelDecided;
import org.guildhall.assessment.AssessmentEvents.ScoreDueSoon;
import org.guildhall.assessment.AssessmentEvents.ScoreReminderSent;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.portfolio.PortfolioEvents.PortfolioOpened;
import org.guildhall.portfolio.PortfolioEvents.PortfolioSubmitted;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What candidates and assessors are told as a portfolio is prepared, judged and decided. Candidates' notices never
 * name an assessor or give a score.
 */
@Component
class AssessmentNotifications {

    private final Notifier notifier;

    AssessmentNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(PortfolioOpened opened) {
        notifier.post(new Notice("PortfolioOpened:" + opened.portfolioId(),
                notifier.recipient(opened.candidateAccountId()),
                Text.of("notification.assessment.opened.subject", opened.designationCode()),
                Text.of("notification.assessment.opened.text"),
                "portfolio/" + opened.portfolioId()));
    }

    @ApplicationModuleListener
    void on(PortfolioSubmitted submitted) {
        notifier.post(new Notice("PortfolioSubmitted:" + submitted.portfolioId() + "/v" + submitted.versionNumber(),
                notifier.recipient(submitted.candidateAccountId()),
                Text.of("notification.assessment.submitted.subject", submitted.designationCode()),
                Text.of("notification.assessment.submitted.text", submitted.versionNumber()),
                "portfolio/" + submitted.portfolioId()));
    }

    @ApplicationModuleListener
    void on(AssessorAssigned assigned) {
        notifier.post(assigned(assigned, notifier.recipient(assigned.assessorAccountId())));
    }

    @ApplicationModuleListener
    void on(ScoreReminderSent reminder) {
        notifier.post(reminder(reminder, notifier.recipient(reminder.assessorAccountId())));
    }

    @ApplicationModuleListener
    void on(ScoreDueSoon due) {
        notifier.post(dueSoon(due, notifier.recipient(due.assessorAccountId())));
    }

    @ApplicationModuleListener
    void on(InterviewScheduled interview) {
        notifier.post(new Notice("InterviewScheduled:" + interview.panelId() + "@" + interview.at(),
                notifier.recipient(interview.candidateAccountId()),
                Text.of("notification.assessment.interview.subject", interview.designationCode()),
                Text.of("notification.assessment.interview.text", interview.at().toLocalDate(),
                        interview.at().toLocalTime().toString(), interview.place()),
                "portfolio"));
    }

    @ApplicationModuleListener
    void on(PanelDecided decided) {
        notifier.post(decided(decided, notifier.recipient(decided.candidateAccountId())));
    }

    static Notice assigned(AssessorAssigned assigned, Recipient assessor) {
        return new Notice("AssessorAssigned:" + assigned.panelId(), assessor,
                Text.of("notification.assessment.assigned.subject", assigned.candidateName(),
                        assigned.designationCode()),
                Text.of(assigned.chair() ? "notification.assessment.assigned.chair-text"
                        : "notification.assessment.assigned.text", assigned.candidateName(), assigned.designationCode(),
                        assigned.dueOn()),
                "review/panel/" + assigned.panelId());
    }

    static Notice reminder(ScoreReminderSent reminder, Recipient assessor) {
        return new Notice("ScoreReminder:" + reminder.panelId() + "@" + reminder.sentAt(), assessor,
                Text.of("notification.assessment.reminder.subject", reminder.candidateName()),
                Text.of("notification.assessment.reminder.text", reminder.candidateName(), reminder.designationCode(),
                        reminder.dueOn()),
                "review/panel/" + reminder.panelId());
    }

    static Notice dueSoon(ScoreDueSoon due, Recipient assessor) {
        String milestone = due.dueToday() ? "due-today" : "due-soon";
        return new Notice("ScoreDue:" + due.panelId() + "/" + due.assessorAccountId() + "/" + milestone, assessor,
                Text.of("notification.assessment." + milestone + ".subject", due.candidateName(), due.dueOn()),
                Text.of("notification.assessment." + milestone + ".text", due.candidateName(), due.designationCode(),
                        due.dueOn()),
                "review/panel/" + due.panelId());
    }

    static Notice decided(PanelDecided decided, Recipient candidate) {
        return new Notice("PanelDecided:" + decided.panelId(), candidate,
                Text.of("notification.assessment.decided.subject", decided.designationCode()),
                Text.of("notification.assessment.decided.text",
                        Text.of("notification.assessment.outcome." + decided.outcome().name().toLowerCase(Locale.ROOT))),
                "documents/" + decided.letterDocumentId() + "?view=true");
    }
}
