package org.guildhall.payment;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** No such invoice, or not one the signed-in person may see: both read the same, so ids reveal nothing. */
public class InvoiceNotFoundException extends NotFound {

    public InvoiceNotFoundException(long id) {
        super(Text.of("payment.invoice.not-found", id));
    }
}
