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
import org.guildhall.shared.Text;
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
        Text to = MembershipNotifications.category(decided.to());
        if (!decided.approved()) {
            return new Notice(occasion, member, Text.of("notification.subscription.category-refused.subject"),
                    Text.of("notification.subscription.category-refused.text", to, decided.note()), MY_MEMBERSHIP);
        }
        Text when = decided.effectiveOn() != null
                ? Text.of("notification.subscription.category.from", to, decided.effectiveOn())
                : Text.of("notification.subscription.category.at-renewal", to);
        Text difference = decided.invoiceReference() == null ? Text.of("notification.empty")
                : Text.of("notification.subscription.category.difference", amount(decided.amount()),
                        decided.invoiceReference());
        return new Notice(occasion, member, Text.of("notification.subscription.category.subject", to),
                Text.of("notification.subscription.category.text", MembershipNotifications.category(decided.from()),
                        to, when, difference), MY_MEMBERSHIP);
    }

    static Notice invoiced(SubscriptionInvoiced invoiced, Recipient member) {
        String occasion = "SubscriptionInvoiced:" + invoiced.termId();
        Text payment = Text.of("notification.subscription.payment", invoiced.invoiceReference(),
                amount(invoiced.amount()));
        return switch (invoiced.kind()) {
            case RENEWAL -> new Notice(occasion, member, Text.of("notification.subscription.renewal.subject"),
                    Text.of("notification.subscription.renewal.text", invoiced.memberNumber(),
                            invoiced.termStartsOn().minusDays(1), invoiced.termEndsOn(), payment), MY_MEMBERSHIP);
            case REINSTATEMENT -> new Notice(occasion, member,
                    Text.of("notification.subscription.reinstatement.subject"),
                    Text.of("notification.subscription.reinstatement.text", invoiced.memberNumber(),
                            invoiced.termEndsOn(), payment), MY_MEMBERSHIP);
            case JOINING, CARRIED_OVER -> new Notice(occasion, member,
                    Text.of("notification.subscription.first.subject"),
                    Text.of("notification.subscription.first.text", invoiced.memberNumber(),
                            invoiced.termStartsOn(), invoiced.termEndsOn(), payment), MY_MEMBERSHIP);
        };
    }

    static Notice finalReminder(RenewalReminderDue reminder, Recipient member) {
        return new Notice("RenewalReminderDue:" + reminder.termId(), member,
                Text.of("notification.subscription.reminder.subject", reminder.currentTermEndsOn()),
                Text.of("notification.subscription.reminder.text", reminder.currentTermEndsOn(),
                        reminder.invoiceReference(), amount(reminder.amount())),
                MY_MEMBERSHIP);
    }

    static Notice paid(SubscriptionPaid paid, Recipient member) {
        String occasion = "SubscriptionPaid:" + paid.termId();
        if (paid.kind() == TermKind.REINSTATEMENT) {
            return new Notice(occasion, member, Text.of("notification.subscription.reinstated.subject"),
                    Text.of("notification.subscription.reinstated.text", paid.memberNumber(), paid.termEndsOn()),
                    MY_MEMBERSHIP);
        }
        return new Notice(occasion, member, Text.of("notification.subscription.paid.subject", paid.termEndsOn()),
                Text.of("notification.subscription.paid.text", paid.memberNumber(), paid.termEndsOn()),
                MY_MEMBERSHIP);
    }

    /** The notice for a status the member must hear of; null for the rest (renewal due has its invoice). */
    static @Nullable Notice statusChanged(MembershipStatusChanged changed, Recipient member) {
        String occasion = "MembershipStatusChanged:" + changed.accountId() + ":" + changed.to() + "@" + changed.on();
        return switch (changed.to()) {
            case GRACE -> new Notice(occasion, member, Text.of("notification.subscription.grace.subject"),
                    Text.of("notification.subscription.grace.text", changed.reason()), MY_MEMBERSHIP);
            case LAPSED -> new Notice(occasion, member, Text.of("notification.subscription.lapsed.subject"),
                    Text.of("notification.subscription.lapsed.text", changed.reason()), MY_MEMBERSHIP);
            case SUSPENDED -> new Notice(occasion, member, Text.of("notification.subscription.suspended.subject"),
                    Text.of("notification.as-is", changed.reason()), MY_MEMBERSHIP);
            case EXPELLED -> new Notice(occasion, member, Text.of("notification.subscription.expelled.subject"),
                    Text.of("notification.as-is", changed.reason()), MY_MEMBERSHIP);
            case RESIGNED -> new Notice(occasion, member, Text.of("notification.subscription.resigned.subject"),
                    Text.of("notification.subscription.resigned.text", changed.reason()), MY_MEMBERSHIP);
            default -> null;
        };
    }

    /** An amount in pounds, written as the reader writes money ("£1,234.00", "1 234,00 £"). */
    static Text amount(@Nullable BigDecimal amount) {
        return amount == null ? Text.of("notification.empty") : Text.of("notification.pounds", amount);
    }
}
