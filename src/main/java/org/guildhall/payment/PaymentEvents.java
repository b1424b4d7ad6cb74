package org.guildhall.payment;

import org.springframework.modulith.NamedInterface;

/** What happens to invoices, for the modules that issued them to act on. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** Published once per invoice, when a registrar first confirms its payment. */
    @NamedInterface("events")
    public record InvoicePaid(long invoiceId, long accountId, PaymentPurpose purpose, String subject) {
    }
}
