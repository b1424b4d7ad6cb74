package org.guildhall.payment.domain;

import java.time.Instant;
import java.util.List;

import org.guildhall.payment.InvoiceStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The payments report's figures: grouped queries, and the overdue invoices a page at a time. */
public interface PaymentReportRows extends Repository<Invoice, Long> {

    @Query("select new org.guildhall.payment.domain.PurposeStatusTotal(i.purpose, i.status,"
            + " count(i), sum(i.amount)) from Invoice i group by i.purpose, i.status")
    List<PurposeStatusTotal> totalsByPurposeAndStatus();

    /** Invoices issued in the period ({@code until} excluded), cancelled ones left out, by year and month. */
    @Query("select new org.guildhall.payment.domain.InvoiceMonthTotal(year(i.issuedAt),"
            + " month(i.issuedAt), count(i), sum(i.amount)) from Invoice i"
            + " where i.issuedAt >= :from and i.issuedAt < :until"
            + " and i.status <> org.guildhall.payment.InvoiceStatus.CANCELLED"
            + " group by year(i.issuedAt), month(i.issuedAt)")
    List<InvoiceMonthTotal> issuedByMonth(Instant from, Instant until);

    /** Payments confirmed in the period ({@code until} excluded), by year and month. */
    @Query("select new org.guildhall.payment.domain.InvoiceMonthTotal(year(i.paidAt), month(i.paidAt),"
            + " count(i), sum(i.amount)) from Invoice i"
            + " where i.status = org.guildhall.payment.InvoiceStatus.PAID"
            + " and i.paidAt >= :from and i.paidAt < :until"
            + " group by year(i.paidAt), month(i.paidAt)")
    List<InvoiceMonthTotal> paidByMonth(Instant from, Instant until);

    String OVERDUE = """
            from Invoice i join Account payer on payer.id = i.accountId
              left join Membership m on m.accountId = i.accountId
            where i.status in (org.guildhall.payment.InvoiceStatus.ISSUED, org.guildhall.payment.InvoiceStatus.PAYMENT_DECLARED)
              and i.issuedAt < :issuedBefore
            """;

    /** Unpaid invoices (issued, or payment declared) issued before the instant, oldest first, with the payer's name and number. */
    @Query("select new org.guildhall.payment.domain.OverdueInvoiceRow(i.reference, payer.fullName,"
            + " m.memberNumber, i.purpose, i.status, i.amount, i.issuedAt) " + OVERDUE + " order by i.issuedAt, i.id")
    List<OverdueInvoiceRow> overdue(Instant issuedBefore, Pageable page);

    @Query("select count(i) " + OVERDUE)
    long countOverdue(Instant issuedBefore);
}
