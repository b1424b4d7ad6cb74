package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the registrar's payments grid: an unpaid invoice with its payer's name and member number. */
public record UnpaidInvoiceSummary(long id, String reference, String payerName, @Nullable String payerMemberNumber,
        String description, BigDecimal amount, Instant issuedAt, @Nullable String payerReference) {
}
