package org.guildhall.reporting.internal;

import java.util.List;
import java.util.function.Consumer;

import org.guildhall.payment.InvoiceTotalSummary;
import org.guildhall.payment.OverdueInvoiceSummary;
import org.guildhall.payment.PaymentMonthSummary;
import org.guildhall.payment.PaymentReport;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.PaymentColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;

/** The payments report's three tables as exports; the unpaid invoices are read a page at a time. */
@Configuration(proxyBeanMethods = false)
class PaymentExports {

    /** Unpaid invoices read at once while an export streams them. */
    private static final int PAGE = 500;

    @Bean
    ListedReport<InvoiceTotalSummary> paymentsByStatus(PaymentReport report, Translations translations) {
        return ListedReport.unfiltered(PaymentColumns.BY_STATUS, PaymentColumns.STATUS, report::byPurposeAndStatus,
                translations);
    }

    @Bean
    ListedReport<PaymentMonthSummary> paymentsByMonth(PaymentReport report, Translations translations) {
        return new ListedReport<>(PaymentColumns.BY_MONTH, PaymentColumns.MONTHLY, parameters -> {
            int months = PaymentColumns.monthsOf(parameters);
            return new ListedReport.Listing<>(sink -> report.byMonth(months).forEach(sink), "months=" + months);
        }, translations);
    }

    @Bean
    ListedReport<OverdueInvoiceSummary> unpaidInvoices(PaymentReport report, Translations translations) {
        return new ListedReport<>(PaymentColumns.UNPAID, PaymentColumns.OVERDUE, parameters -> {
            int days = PaymentColumns.daysOf(parameters);
            return new ListedReport.Listing<>(sink -> everyPage(report, days, sink), "days=" + days);
        }, translations);
    }

    private static void everyPage(PaymentReport report, int days, Consumer<OverdueInvoiceSummary> sink) {
        List<OverdueInvoiceSummary> page;
        int number = 0;
        do {
            page = report.unpaidFor(days, PageRequest.of(number++, PAGE));
            page.forEach(sink);
        } while (page.size() == PAGE);
    }
}
