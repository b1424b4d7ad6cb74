package org.guildhall.payment;

import java.util.List;
import java.util.Locale;

import org.guildhall.identity.Role;
import org.guildhall.payment.domain.UnpaidInvoiceRows;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's payments to confirm, a page at a time, searched by invoice reference or the payer's name, email
 * or member number: one query for the rows and one for the count, without a transaction of their own
 * (docs/decisions/constant-statement-lists.md).
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class PaymentQueue {

    private final UnpaidInvoiceRows rows;

    PaymentQueue(UnpaidInvoiceRows rows) {
        this.rows = rows;
    }

    public List<UnpaidInvoiceSummary> page(String search, Pageable page) {
        return rows.unpaid(searchText(search), page);
    }

    public long count(String search) {
        return rows.count(searchText(search));
    }

    private static String searchText(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
