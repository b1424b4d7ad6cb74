package org.guildhall.membership.internal;

import org.guildhall.membership.domain.MembershipTerm;
import org.guildhall.payment.PaymentEvents.InvoicePaid;
import org.guildhall.payment.PaymentPurpose;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A confirmed subscription payment settles its term: the membership is current to the term's end. */
@Component
class SubscriptionOnPayment {

    private final MembershipYear year;

    SubscriptionOnPayment(MembershipYear year) {
        this.year = year;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        if (paid.purpose() != PaymentPurpose.MEMBERSHIP_SUBSCRIPTION) {
            return;
        }
        var termId = MembershipTerm.termIdOf(paid.subject());
        if (termId != null) {
            year.termPaid(paid.accountId(), termId);
        }
    }
}
