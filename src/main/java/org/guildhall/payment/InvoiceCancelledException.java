package org.guildhall.payment;

import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A payment declared or confirmed for an invoice its issuer withdrew: nothing is recorded. */
public class InvoiceCancelledException extends Refused {

    public InvoiceCancelledException(String reference, String description) {
        super(Text.of("payment.invoice.cancelled", reference, description));
    }
}
