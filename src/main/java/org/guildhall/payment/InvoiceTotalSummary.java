package org.guildhall.payment;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/** The invoices of one purpose in one status: how many, and their amount in the institute's currency. */
@NamedInterface("api")
public record InvoiceTotalSummary(PaymentPurpose purpose, InvoiceStatus status, long invoices, BigDecimal amount) {
}
