package org.guildhall.payment.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** How many invoices something happened to in one calendar month, and their amount. */
public record InvoiceMonthTotal(int year, int month, long invoices, @Nullable BigDecimal amount) {
}
