package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** An invoice still unpaid after the days the registrar asked about, with its payer and how long it has waited. */
@NamedInterface("api")
public record OverdueInvoiceSummary(String reference, String payerName, @Nullable String payerMemberNumber,
        PaymentPurpose purpose, InvoiceStatus status, BigDecimal amount, LocalDate issuedOn, long daysUnpaid) {
}
