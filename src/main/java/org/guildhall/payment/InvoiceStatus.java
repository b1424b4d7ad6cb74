package org.guildhall.payment;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum InvoiceStatus {
    /** Issued and not paid yet. */
    ISSUED("Awaiting payment"),
    /** The payer says they have paid and gave their payment's reference; a registrar has yet to confirm it. */
    PAYMENT_DECLARED("Payment being checked"),
    PAID("Paid"),
    /** Withdrawn by the module that issued it (a renewal nobody paid before the membership lapsed): not payable. */
    CANCELLED("Cancelled");

    private final String label;

    InvoiceStatus(String label) {
        this.label = label;
    }

    /** English, for logs and the modules not yet translated. */
    public String label() {
        return label;
    }

    /** The key of this status in the payment bundle, for the reader's language. */
    public String key() {
        return "payment.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
