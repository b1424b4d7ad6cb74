/**
 * Fees and their payment: an invoice with a reference for each fee (exam enrolment, renewal, event place), the
 * payer's declaration that they have paid, and a registrar's confirmation, which other modules act on through
 * {@link org.guildhall.payment.PaymentEvents.InvoicePaid}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {
        "identity::api", "personaldata", "shared", "shell"})
package org.guildhall.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
