package org.guildhall.notification.internal;

import java.math.BigDecimal;

import org.guildhall.membership.MembershipEvents.CategoryChangeDecided;
import org.guildhall.membership.MembershipEvents.MembershipStatusChanged;
import org.guildhall.membership.MembershipEvents.RenewalReminderDue;
import org.guildhall.membership.MembershipEvents.SubscriptionInvoiced;
import org.guildhall.membership.MembershipEvents.SubscriptionPaid;
import org.guildhall.membership.TermKind;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shell.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What members are told through their membership year (issue 16): the subscription invoice (on joining, when
 * renewal opens, on reinstatement), the last renewal reminder, payment received or reinstated, grace, lapse,
 * the registrar's suspension, expulsion and the resignation taking effect, and category changes decided.
 */
@Component
class SubscriptionNotifications {

    /** The member's own membership page: status, term end, the invoice to pay. */
    static final String MY_MEMBERSHIP = "membership/subscription";

    private final Notifier notifier;

    SubscriptionNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(SubscriptionInvoiced invoiced) {
        notifier.post(invoiced(invoiced, notifier.recipient(invoiced.accountId())));
    }

    @ApplicationModuleListener
    void on(RenewalReminderDue reminder) {
        notifier.post(finalReminder(reminder, notifier.recipient(reminder.accountId())));
    }

    @ApplicationModuleListener
    void on(SubscriptionPaid paid) {
        notifier.post(paid(paid, notifier.recipient(paid.accountId())));
    }

    @ApplicationModuleListener
    void on(MembershipStatusChanged changed) {
        var notice = statusChanged(changed, notifier.recipient(changed.accountId()));
        if (notice != null) {
            notifier.post(notice);
        }
    }

    @ApplicationModuleListener
    void on(CategoryChangeDecided decided) {
        notifier.post(categoryChange(decided, notifier.recipient(decided.accountId())));
    }

    static Notice categoryChange(CategoryChangeDecided decided, Recipient member) {
        String occasion = "CategoryChangeDecided:" + decided.changeId();
        if (!decided.approved()) {
            return new Notice(occasion, member, "Your category change",
                    "We are sorry: the registrar could not approve your move to " + decided.to().label()
                            + ". The reason given: " + decided.note(), MY_MEMBERSHIP);
        }
        String when = decided.effectiveOn() != null
                ? "You are a " + decided.to().label() + " member from " + Formats.date(decided.effectiveOn()) + "."
                : "Your membership moves to " + decided.to().label() + " at your next renewal.";
        String difference = decided.invoiceReference() == null ? ""
                : " The difference for the rest of your term, " + pounds(decided.amount()) + ", is invoice "
                        + decided.invoiceReference() + ".";
        return new Notice(occasion, member, "Your move to " + decided.to().label() + " is approved",
                "The registrar approved your move from " + decided.from().label() + " to " + decided.to().label()
                        + ". " + when + difference, MY_MEMBERSHIP);
    }

    static Notice invoiced(SubscriptionInvoiced invoiced, Recipient member) {
        String occasion = "SubscriptionInvoiced:" + invoiced.termId();
        String payment = "Invoice " + invoiced.invoiceReference() + " is for " + pounds(invoiced.amount())
                + ". Pay it by bank transfer quoting the reference, then tell us under My membership.";
        return switch (invoiced.kind()) {
            case RENEWAL -> new Notice(occasion, member, "Your membership renewal is due",
                    "Your membership " + invoiced.memberNumber() + " is due for renewal: the current term ends on "
                            + Formats.date(invoiced.termStartsOn().minusDays(1)) + ". Renewing continues it to "
                            + Formats.date(invoiced.termEndsOn()) + ". " + payment, MY_MEMBERSHIP);
            case REINSTATEMENT -> new Notice(occasion, member, "Your reinstatement invoice",
                    "Paying this invoice reinstates your membership " + invoiced.memberNumber() + " to "
                            + Formats.date(invoiced.termEndsOn()) + ", with the same member number. " + payment,
                    MY_MEMBERSHIP);
            case JOINING, CARRIED_OVER -> new Notice(occasion, member, "Your first membership subscription",
                    "Your first term as member " + invoiced.memberNumber() + " runs from "
                            + Formats.date(invoiced.termStartsOn()) + " to " + Formats.date(invoiced.termEndsOn())
                            + ". " + payment, MY_MEMBERSHIP);
        };
    }

    static Notice finalReminder(RenewalReminderDue reminder, Recipient member) {
        return new Notice("RenewalReminderDue:" + reminder.termId(), member, "Your membership ends on "
                + Formats.date(reminder.currentTermEndsOn()),
                "Your membership ends on " + Formats.date(reminder.currentTermEndsOn()) + " unless renewal invoice "
                        + reminder.invoiceReference() + " (" + pounds(reminder.amount()) + ") is paid. After that "
                        + "day you cannot sponsor applicants, and after the grace period your membership lapses.",
                MY_MEMBERSHIP);
    }

    static Notice paid(SubscriptionPaid paid, Recipient member) {
        String occasion = "SubscriptionPaid:" + paid.termId();
        if (paid.kind() == TermKind.REINSTATEMENT) {
            return new Notice(occasion, member, "Your membership is reinstated",
                    "Thank you: your payment is received and your membership " + paid.memberNumber()
                            + " is reinstated, current to " + Formats.date(paid.termEndsOn()) + ".", MY_MEMBERSHIP);
        }
        return new Notice(occasion, member, "Payment received: member to " + Formats.date(paid.termEndsOn()),
                "Thank you: your subscription is received. Your membership " + paid.memberNumber()
                        + " is current to " + Formats.date(paid.termEndsOn()) + ".", MY_MEMBERSHIP);
    }

    /** The notice for a status the member must hear of; null for the rest (renewal due has its invoice). */
    static @Nullable Notice statusChanged(MembershipStatusChanged changed, Recipient member) {
        String occasion = "MembershipStatusChanged:" + changed.accountId() + ":" + changed.to() + "@" + changed.on();
        return switch (changed.to()) {
            case GRACE -> new Notice(occasion, member, "Your membership is in its grace period",
                    changed.reason() + " Until you renew you cannot sponsor applicants or pay member prices.",
                    MY_MEMBERSHIP);
            case LAPSED -> new Notice(occasion, member, "Your membership has lapsed",
                    changed.reason() + " Your history, CPD log, certificates and invoices stay with your account. "
                            + "You can be reinstated, with the same member number, under My membership.",
                    MY_MEMBERSHIP);
            case SUSPENDED, EXPELLED -> new Notice(occasion, member, "Your membership is "
                    + changed.to().label().toLowerCase(), changed.reason(), MY_MEMBERSHIP);
            case RESIGNED -> new Notice(occasion, member, "Your resignation has taken effect",
                    changed.reason() + " Thank you for your years with the institute.", MY_MEMBERSHIP);
            default -> null;
        };
    }

    private static String pounds(@Nullable BigDecimal amount) {
        return amount == null ? "" : "\u00a3" + amount.setScale(2).toPlainString();
    }
}
