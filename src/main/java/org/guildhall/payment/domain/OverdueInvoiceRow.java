package org.guildhall.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.PaymentPurpose;
import org.jspecify.annotations.Nullable;

/** An unpaid invoice as the overdue query reads it, with its payer's name and member number joined in. */
public record OverdueInvoiceRow(String reference, String payerName, @Nullable String payerMemberNumber,
        PaymentPurpose purpose, InvoiceStatus status, BigDecimal amount, Instant issuedAt) {
}
