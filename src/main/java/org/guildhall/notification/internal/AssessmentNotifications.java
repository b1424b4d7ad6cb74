package org.guildhall.notification.internal;

import org.guildhall.assessment.AssessmentEvents.AssessorAssigned;
import org.guildhall.assessment.AssessmentEvents.InterviewScheduled;
import org.guildhall.assessment.AssessmentEvents.PanelDecided;
import org.guildhall.assessment.AssessmentEvents.ScoreReminderSent;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.portfolio.PortfolioEvents.PortfolioOpened;
import org.guildhall.portfolio.PortfolioEvents.PortfolioSubmitted;
import org.guildhall.shell.Formats;
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
                "Your experience-route portfolio for " + opened.designationCode() + " is open",
                "You qualify for the experience route. Describe your key projects, add evidence of the improvements "
                        + "you made with captions, and upload your references' letters. When the completeness check "
                        + "is satisfied, submit the portfolio for assessment by a panel.",
                "portfolio/" + opened.portfolioId()));
    }

    @ApplicationModuleListener
    void on(PortfolioSubmitted submitted) {
        notifier.post(new Notice("PortfolioSubmitted:" + submitted.portfolioId() + "/v" + submitted.versionNumber(),
                notifier.recipient(submitted.candidateAccountId()),
                "We have your portfolio for " + submitted.designationCode(),
                "Thank you. Version " + submitted.versionNumber() + " of your portfolio is with the registrar, who "
                        + "forms a panel of assessors to judge it. We will write when the panel has decided.",
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
    void on(InterviewScheduled interview) {
        notifier.post(new Notice("InterviewScheduled:" + interview.panelId() + "@" + interview.at(),
                notifier.recipient(interview.candidateAccountId()),
                "Your panel interview for " + interview.designationCode(),
                "The panel would like to meet you to talk about your portfolio. When: "
                        + Formats.date(interview.at().toLocalDate()) + " at " + interview.at().toLocalTime()
                        + ". Where: " + interview.place() + ".",
                "portfolio"));
    }

    @ApplicationModuleListener
    void on(PanelDecided decided) {
        notifier.post(decided(decided, notifier.recipient(decided.candidateAccountId())));
    }

    static Notice assigned(AssessorAssigned assigned, Recipient assessor) {
        return new Notice("AssessorAssigned:" + assigned.panelId(), assessor,
                "Portfolio to assess: " + assigned.candidateName() + " (" + assigned.designationCode() + ")",
                "You are on the panel" + (assigned.chair() ? ", as its chair," : "") + " assessing "
                        + assigned.candidateName() + "'s experience-route portfolio for "
                        + assigned.designationCode() + ". Please submit your score by "
                        + Formats.date(assigned.dueOn()) + ". If you have a conflict of interest, recuse yourself "
                        + "from the panel page with a reason.",
                "review/panel/" + assigned.panelId());
    }

    static Notice reminder(ScoreReminderSent reminder, Recipient assessor) {
        return new Notice("ScoreReminder:" + reminder.panelId() + "@" + reminder.sentAt(), assessor,
                "Reminder: your score for " + reminder.candidateName() + " is overdue",
                "Your score of " + reminder.candidateName() + "'s portfolio for " + reminder.designationCode()
                        + " was due on " + Formats.date(reminder.dueOn()) + ". Please score the four domains, "
                        + "comment on each and give your recommendation, then submit.",
                "review/panel/" + reminder.panelId());
    }

    static Notice decided(PanelDecided decided, Recipient candidate) {
        return new Notice("PanelDecided:" + decided.panelId(), candidate,
                "The panel's decision on your portfolio for " + decided.designationCode(),
                decided.outcome().letterSentence() + " Your decision letter is in the portal: open it from your "
                        + "portfolio page, or with the link below.",
                "documents/" + decided.letterDocumentId() + "?view=true");
    }
}
