package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

/**
 * One calendar month's money: invoices issued in it (cancelled ones left out) and their amount, and payments
 * confirmed in it and theirs.
 */
@NamedInterface("api")
public record PaymentMonthSummary(YearMonth month, long issued, BigDecimal issuedAmount, long paid,
        BigDecimal paidAmount) {
}
