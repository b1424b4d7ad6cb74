package org.guildhall.payment;

/** What happens to invoices, for the modules that issued them to act on. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** Published once per invoice, when a registrar first confirms its payment. */
    public record InvoicePaid(long invoiceId, long accountId, PaymentPurpose purpose, String subject) {
    }
}
