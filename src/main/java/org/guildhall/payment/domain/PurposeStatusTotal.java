package org.guildhall.payment.domain;

import java.math.BigDecimal;

import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.PaymentPurpose;
import org.jspecify.annotations.Nullable;

/** How many invoices of one purpose stand in one status, and their amount. */
public record PurposeStatusTotal(PaymentPurpose purpose, InvoiceStatus status, long invoices,
        @Nullable BigDecimal amount) {
}
