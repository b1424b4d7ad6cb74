package org.guildhall.payment;

import org.guildhall.shared.Refused;

/** A payment declared or confirmed for an invoice its issuer withdrew: nothing is recorded. */
public class InvoiceCancelledException extends Refused {

    public InvoiceCancelledException(String reference, String description) {
        super("Invoice " + reference + " (" + description + ") was cancelled and can no longer be paid. "
                + "Nothing was recorded; pay the invoice you were sent instead of it.");
    }
}
