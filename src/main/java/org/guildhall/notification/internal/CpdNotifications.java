package org.guildhall.notification.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

import org.guildhall.cpd.CpdEvents.CpdActivityApproved;
import org.guildhall.cpd.CpdEvents.CpdActivityRejected;
import org.guildhall.cpd.CpdEvents.CpdAuditExpired;
import org.guildhall.cpd.CpdEvents.CpdAuditReminderDue;
import org.guildhall.cpd.CpdEvents.CpdAuditRequested;
import org.guildhall.cpd.CpdEvents.CpdEvidenceRequested;
import org.guildhall.cpd.CpdEvents.CpdReminderDue;
import org.guildhall.cpd.CpdEvents.HardshipDecided;
import org.guildhall.cpd.CpdEvents.RecertificationEssayReviewed;
import org.guildhall.notification.domain.Notice;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What members are told about their CPD: each review of an activity (seed 001 promises an email each time), an
 * audit with its deadline (a reminder before it, and its expiry), the reminders before expiry, the assessor's word
 * on their recertification essay, and the registrar's decision on a hardship request.
 */
@Component
class CpdNotifications {

    private static final String CPD_PAGE = "cpd";

    private final Notifier notifier;

    CpdNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CpdActivityApproved approved) {
        notifier.post(new Notice("CpdActivityApproved:" + approved.activityId() + "@" + approved.reviewedAt(),
                notifier.recipient(approved.accountId()),
                Text.of("notification.cpd.approved.subject", shortTitle(approved.title())),
                Text.of("notification.cpd.approved.text", approved.title(), credits(approved.credits())),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(CpdActivityRejected rejected) {
        notifier.post(new Notice("CpdActivityRejected:" + rejected.activityId() + "@" + rejected.reviewedAt(),
                notifier.recipient(rejected.accountId()),
                Text.of("notification.cpd.rejected.subject", shortTitle(rejected.title())),
                Text.of("notification.cpd.rejected.text", rejected.title(), rejected.reason()),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(CpdEvidenceRequested requested) {
        notifier.post(new Notice("CpdEvidenceRequested:" + requested.activityId() + "@" + requested.reviewedAt(),
                notifier.recipient(requested.accountId()),
                Text.of("notification.cpd.evidence.subject", shortTitle(requested.title())),
                Text.of("notification.cpd.evidence.text", requested.title(), requested.request()),
                "cpd/activity/" + requested.activityId()));
    }

    @ApplicationModuleListener
    void on(CpdAuditRequested audit) {
        notifier.post(new Notice("CpdAuditRequested:" + audit.activityId() + "@" + audit.reviewedAt(),
                notifier.recipient(audit.accountId()), Text.of("notification.cpd.audit.subject"),
                Text.of("notification.cpd.audit.text", audit.title(), audit.dueOn()),
                "cpd/activity/" + audit.activityId()));
    }

    @ApplicationModuleListener
    void on(CpdReminderDue due) {
        notifier.post(new Notice("CpdReminderDue:" + due.certificationId() + ":" + due.cycleNumber() + ":"
                + due.milestone(), notifier.recipient(due.accountId()),
                Text.of("notification.cpd.reminder.subject", due.designationName(),
                        Text.of("notification.cpd.milestone." + due.milestone().replace(' ', '-'))),
                Text.of("notification.cpd.reminder.text", due.designationName(), due.expiresOn(),
                        credits(due.counted()), credits(due.required())),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(RecertificationEssayReviewed reviewed) {
        notifier.post(new Notice("RecertificationEssayReviewed:" + reviewed.essayId() + "@" + reviewed.reviewedAt(),
                notifier.recipient(reviewed.accountId()),
                Text.of(reviewed.accepted() ? "notification.cpd.essay-accepted.subject"
                        : "notification.cpd.essay-returned.subject"),
                reviewed.accepted()
                        ? Text.of("notification.cpd.essay-accepted.text", reviewed.designationName(),
                                reviewed.feedback().isBlank() ? Text.of("notification.empty")
                                        : Text.of("notification.cpd.essay-comments", reviewed.feedback()))
                        : Text.of("notification.cpd.essay-returned.text", reviewed.designationName(),
                                reviewed.feedback()),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(CpdAuditReminderDue due) {
        notifier.post(new Notice("CpdAuditReminderDue:" + due.activityId(), notifier.recipient(due.accountId()),
                Text.of("notification.cpd.audit-reminder.subject", due.dueOn()),
                Text.of("notification.cpd.audit-reminder.text", due.title(), due.dueOn()),
                "cpd/activity/" + due.activityId()));
    }

    @ApplicationModuleListener
    void on(CpdAuditExpired expired) {
        notifier.post(new Notice("CpdAuditExpired:" + expired.activityId(), notifier.recipient(expired.accountId()),
                Text.of("notification.cpd.audit-expired.subject", shortTitle(expired.title())),
                Text.of("notification.cpd.audit-expired.text", expired.title(), expired.dueOn()),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(HardshipDecided decided) {
        var text = switch (decided.outcome()) {
            case EXTENDED -> Text.of("notification.cpd.hardship.extended.text", decided.designationName(),
                    decided.validUntil());
            case PAUSED -> Text.of("notification.cpd.hardship.paused.text", decided.designationName(),
                    decided.pausedMonths(), credits(BigDecimal.valueOf(requireNonNull(decided.required()))));
            case REFUSED -> Text.of("notification.cpd.hardship.refused.text", decided.designationName(),
                    decided.note());
            case REQUESTED -> throw new IllegalStateException("A decision is never 'requested'");
        };
        notifier.post(new Notice("HardshipDecided:" + decided.requestId(), notifier.recipient(decided.accountId()),
                Text.of(decided.outcome().granted() ? "notification.cpd.hardship.granted.subject"
                        : "notification.cpd.hardship.refused.subject", decided.designationName()),
                decided.outcome().granted() && !decided.note().isBlank()
                        ? Text.of("notification.cpd.hardship.with-note", text, decided.note()) : text,
                "cpd/hardship"));
    }

    private static Text credits(BigDecimal credits) {
        return Text.of("notification.cpd.credits", credits);
    }

    private static String shortTitle(String title) {
        return title.length() <= 120 ? title : title.substring(0, 117) + "...";
    }
}
