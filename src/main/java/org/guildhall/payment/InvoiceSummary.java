package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An invoice as its payer and the registrar see it.
 *
 * @param reference the institute's reference, quoted by the payer with their payment
 * @param subject what the purpose applies to, in the issuing module's terms (e.g. an enrolment's id)
 * @param payerReference the reference of the payer's own payment (bank transfer, card receipt), once declared
 */
@NamedInterface("api")
public record InvoiceSummary(long id, String reference, long accountId, PaymentPurpose purpose, String subject,
        String description, BigDecimal amount, String currency, InvoiceStatus status, Instant issuedAt,
        @Nullable String payerReference, @Nullable Instant paidAt, @Nullable String confirmedBy) {

    public boolean isPaid() {
        return status == InvoiceStatus.PAID;
    }
}
