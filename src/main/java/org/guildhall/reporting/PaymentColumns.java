package org.guildhall.reporting;

import java.util.List;
import java.util.Map;

import org.guildhall.payment.InvoiceTotalSummary;
import org.guildhall.payment.OverdueInvoiceSummary;
import org.guildhall.payment.PaymentMonthSummary;
import org.guildhall.shared.Text;

/**
 * The payments report's three tables, as the screen and the exports show them, and their filters (months for the
 * monthly totals, days for the unpaid invoices) as query parameters.
 */
public final class PaymentColumns {

    public static final String BY_STATUS = "payments";
    public static final String BY_MONTH = "payment-months";
    public static final String UNPAID = "unpaid-invoices";

    public static final int DEFAULT_MONTHS = 12;
    /** Unpaid for this many days or more, unless the registrar asks about another number. */
    public static final int DEFAULT_DAYS = 30;

    static final String MONTHS = "months";
    public static final String DAYS_PARAMETER = "days";

    public static final List<ReportColumn<InvoiceTotalSummary>> STATUS = List.of(
            new ReportColumn<>("purpose", "reporting.payments.column.purpose", row -> Text.of(row.purpose().key())),
            new ReportColumn<>("status", "reporting.payments.column.status", row -> Text.of(row.status().key())),
            new ReportColumn<>("invoices", "reporting.payments.column.invoices", InvoiceTotalSummary::invoices),
            new ReportColumn<>("amount", "reporting.payments.column.amount", InvoiceTotalSummary::amount));

    public static final List<ReportColumn<PaymentMonthSummary>> MONTHLY = List.of(
            new ReportColumn<>("month", "reporting.payments.column.month", row -> row.month().toString()),
            new ReportColumn<>("issued", "reporting.payments.column.issued", PaymentMonthSummary::issued),
            new ReportColumn<>("issued-amount", "reporting.payments.column.issued-amount",
                    PaymentMonthSummary::issuedAmount),
            new ReportColumn<>("paid", "reporting.payments.column.paid", PaymentMonthSummary::paid),
            new ReportColumn<>("paid-amount", "reporting.payments.column.paid-amount",
                    PaymentMonthSummary::paidAmount));

    public static final List<ReportColumn<OverdueInvoiceSummary>> OVERDUE = List.of(
            new ReportColumn<>("reference", "reporting.payments.column.reference", OverdueInvoiceSummary::reference),
            new ReportColumn<>("payer", "reporting.payments.column.payer", OverdueInvoiceSummary::payerName),
            new ReportColumn<>("member-number", "reporting.payments.column.member-number",
                    row -> row.payerMemberNumber() == null ? "" : row.payerMemberNumber()),
            new ReportColumn<>("purpose", "reporting.payments.column.purpose", row -> Text.of(row.purpose().key())),
            new ReportColumn<>("status", "reporting.payments.column.status", row -> Text.of(row.status().key())),
            new ReportColumn<>("amount", "reporting.payments.column.amount", OverdueInvoiceSummary::amount),
            new ReportColumn<>("issued-on", "reporting.payments.column.issued-on", OverdueInvoiceSummary::issuedOn),
            new ReportColumn<>("days-unpaid", "reporting.payments.column.days-unpaid",
                    OverdueInvoiceSummary::daysUnpaid));

    private PaymentColumns() {
    }

    /** The months the monthly totals cover; refuses what is not a whole number from 1. */
    public static int monthsOf(Map<String, String> parameters) {
        Integer months = ReportParameters.wholeNumber(parameters, MONTHS, 1, ReportParameters.MOST_MONTHS,
                "reporting.payments.filter.months-invalid");
        return months == null ? DEFAULT_MONTHS : months;
    }

    /** The days an invoice has been unpaid at least; refuses what is not a whole number from 0. */
    public static int daysOf(Map<String, String> parameters) {
        Integer days = ReportParameters.wholeNumber(parameters, DAYS_PARAMETER, 0, 36_500,
                "reporting.payments.filter.days-invalid");
        return days == null ? DEFAULT_DAYS : days;
    }

    public static String monthsQuery(int months) {
        return ReportParameters.query(Map.of(MONTHS, String.valueOf(months)));
    }

    public static String daysQuery(int days) {
        return ReportParameters.query(Map.of(DAYS_PARAMETER, String.valueOf(days)));
    }
}
