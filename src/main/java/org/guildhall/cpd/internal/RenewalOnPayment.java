package org.guildhall.cpd.internal;

import org.guildhall.cpd.RenewalService;
import org.guildhall.payment.PaymentEvents.InvoicePaid;
import org.guildhall.payment.PaymentPurpose;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A confirmed renewal fee may be the last thing a renewal waited for. */
@Component
class RenewalOnPayment {

    private final RenewalService renewals;

    RenewalOnPayment(RenewalService renewals) {
        this.renewals = renewals;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        if (paid.purpose() == PaymentPurpose.RENEWAL) {
            RenewalService.parseSubject(paid.subject()).ifPresent(cycle ->
                    renewals.renewIfReady(paid.accountId(), cycle.certificationId(), cycle.cycleNumber()));
        }
    }
}
