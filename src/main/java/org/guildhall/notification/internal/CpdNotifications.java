package org.guildhall.notification.internal;

import java.math.BigDecimal;

import org.guildhall.cpd.CpdEvents.CpdActivityApproved;
import org.guildhall.cpd.CpdEvents.CpdActivityRejected;
import org.guildhall.cpd.CpdEvents.CpdAuditRequested;
import org.guildhall.cpd.CpdEvents.CpdEvidenceRequested;
import org.guildhall.cpd.CpdEvents.CpdReminderDue;
import org.guildhall.cpd.CpdEvents.RecertificationEssayReviewed;
import org.guildhall.notification.domain.Notice;
import org.guildhall.shell.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What members are told about their CPD: each review of an activity (seed 001 promises an email each time), an
 * audit, the reminders before expiry, and the assessor's word on their recertification essay.
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
                notifier.recipient(approved.accountId()), "CPD activity approved: " + shortTitle(approved.title()),
                "The registrar approved \u201c" + approved.title() + "\u201d for " + credits(approved.credits())
                        + ". It now counts toward every certification whose cycle includes its date.",
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(CpdActivityRejected rejected) {
        notifier.post(new Notice("CpdActivityRejected:" + rejected.activityId() + "@" + rejected.reviewedAt(),
                notifier.recipient(rejected.accountId()), "CPD activity not approved: " + shortTitle(rejected.title()),
                "The registrar could not approve \u201c" + rejected.title() + "\u201d. The reason given: "
                        + rejected.reason(),
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(CpdEvidenceRequested requested) {
        notifier.post(new Notice("CpdEvidenceRequested:" + requested.activityId() + "@" + requested.reviewedAt(),
                notifier.recipient(requested.accountId()), "More evidence needed: " + shortTitle(requested.title()),
                "The registrar asks about \u201c" + requested.title() + "\u201d: \u201c" + requested.request()
                        + "\u201d Add the evidence and submit the activity again.",
                "cpd/activity/" + requested.activityId()));
    }

    @ApplicationModuleListener
    void on(CpdAuditRequested audit) {
        notifier.post(new Notice("CpdAuditRequested:" + audit.activityId() + "@" + audit.reviewedAt(),
                notifier.recipient(audit.accountId()), "Your CPD activity was chosen for audit",
                "\u201c" + audit.title() + "\u201d was drawn in the institute's random audit of approved claims. "
                        + "It still counts; please upload its evidence again so the registrar can confirm it.",
                "cpd/activity/" + audit.activityId()));
    }

    @ApplicationModuleListener
    void on(CpdReminderDue due) {
        notifier.post(new Notice("CpdReminderDue:" + due.certificationId() + ":" + due.cycleNumber() + ":"
                + due.milestone(), notifier.recipient(due.accountId()),
                "Your " + due.designationName() + " expires in " + due.milestone(),
                "Your " + due.designationName() + " is valid until " + Formats.date(due.expiresOn()) + ". You have "
                        + credits(due.counted()) + " counted of the " + credits(due.required())
                        + " it needs to renew. Log your CPD activities with their evidence now; the renewal "
                        + "window opens six weeks before expiry.",
                CPD_PAGE));
    }

    @ApplicationModuleListener
    void on(RecertificationEssayReviewed reviewed) {
        notifier.post(new Notice("RecertificationEssayReviewed:" + reviewed.essayId() + "@" + reviewed.reviewedAt(),
                notifier.recipient(reviewed.accountId()),
                reviewed.accepted() ? "Your recertification essay is accepted"
                        : "Your recertification essay needs changes",
                reviewed.accepted() ? "An assessor accepted your recertification essay for "
                        + reviewed.designationName() + "." + (reviewed.feedback().isBlank() ? ""
                        : " Their comments: " + reviewed.feedback())
                        : "An assessor returned your recertification essay for " + reviewed.designationName()
                        + ": " + reviewed.feedback() + " Revise it and send it again.",
                CPD_PAGE));
    }

    private static String credits(BigDecimal credits) {
        String amount = credits.stripTrailingZeros().toPlainString();
        return amount + (credits.compareTo(BigDecimal.ONE) == 0 ? " CPD credit" : " CPD credits");
    }

    private static String shortTitle(String title) {
        return title.length() <= 120 ? title : title.substring(0, 117) + "...";
    }
}
