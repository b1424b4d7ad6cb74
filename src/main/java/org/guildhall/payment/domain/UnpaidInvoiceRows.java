package org.guildhall.payment.domain;

import java.util.List;

import org.guildhall.payment.UnpaidInvoiceSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrar's unpaid invoices (issued, or payment declared and being checked), oldest first, each row read by one query with the payer's name and member
 * number joined in (by entity name; identity and membership own those rows). {@code search} is lower case, blank
 * for all; it matches the invoice reference, the payer's name, email or member number.
 */
public interface UnpaidInvoiceRows extends Repository<Invoice, Long> {

    String UNPAID = """
            from Invoice i join Account payer on payer.id = i.accountId
              left join Membership m on m.accountId = i.accountId
            where i.status in (org.guildhall.payment.InvoiceStatus.ISSUED, org.guildhall.payment.InvoiceStatus.PAYMENT_DECLARED)
              and (:search = '' or lower(i.reference) like concat('%', :search, '%')
                   or lower(payer.fullName) like concat('%', :search, '%') or payer.email like concat('%', :search, '%')
                   or lower(m.memberNumber) like concat('%', :search, '%'))
            """;

    @Query("select new org.guildhall.payment.UnpaidInvoiceSummary(i.id, i.reference, payer.fullName, m.memberNumber,"
            + " i.description, i.amount, i.issuedAt, i.payerReference) " + UNPAID + " order by i.issuedAt, i.id")
    List<UnpaidInvoiceSummary> unpaid(String search, Pageable page);

    @Query("select count(i) " + UNPAID)
    long count(String search);
}
