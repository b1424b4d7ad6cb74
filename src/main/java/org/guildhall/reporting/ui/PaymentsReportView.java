package org.guildhall.reporting.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.payment.OverdueInvoiceSummary;
import org.guildhall.payment.PaymentMonthSummary;
import org.guildhall.payment.PaymentReport;
import org.guildhall.reporting.PaymentColumns;
import org.guildhall.reporting.ReportRefusedException;
import org.guildhall.shell.Toast;

/**
 * The payments report: invoices by purpose and status, money issued and received per month, and the invoices
 * unpaid for a number of days or more (30 unless the registrar asks about another, or the link says
 * {@code ?days=}), each downloaded with the same filters.
 */
@Route("registrar/reports/payments")
@PageTitle("reporting.title.payments")
@Menu(order = 47.7, icon = "vaadin:invoice", title = "reporting.menu.payments")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class PaymentsReportView extends VerticalLayout implements BeforeEnterObserver {

    private final PaymentReport report;
    private final Select<Integer> months;
    private final Grid<PaymentMonthSummary> byMonth;
    private final ReportGrids.Downloads byMonthDownloads;
    private final IntegerField days = new IntegerField();
    private final Grid<OverdueInvoiceSummary> unpaid;
    private final Paragraph unpaidCount = new Paragraph();
    private final ReportGrids.Downloads unpaidDownloads;

    PaymentsReportView(PaymentReport report) {
        this.report = report;
        setId("payments-report");
        addClassName("gh-page");

        var byStatus = ReportGrids.of("payments-by-status", PaymentColumns.STATUS, this);
        byStatus.setItems(report.byPurposeAndStatus().stream().filter(row -> row.invoices() > 0).toList());
        byStatus.setEmptyStateText(getTranslation("reporting.payments.empty"));
        byStatus.setAllRowsVisible(true);

        months = ReportGrids.months("payments-months", PaymentColumns.DEFAULT_MONTHS, this);
        byMonth = ReportGrids.of("payments-by-month", PaymentColumns.MONTHLY, this);
        byMonth.setAllRowsVisible(true);
        byMonthDownloads = ReportGrids.downloads(PaymentColumns.BY_MONTH, this);
        months.addValueChangeListener(change -> showMonths());
        showMonths();

        days.setId("payments-days");
        days.setLabel(getTranslation("reporting.payments.filter.days"));
        days.setMin(0);
        days.setStepButtonsVisible(true);
        days.setErrorMessage(getTranslation("reporting.payments.filter.days-invalid"));
        days.setValue(PaymentColumns.DEFAULT_DAYS);
        unpaid = ReportGrids.of("payments-unpaid", PaymentColumns.OVERDUE, this);
        // Read a page at a time, oldest first: the columns keep the read model's order.
        unpaid.getColumns().forEach(column -> column.setSortable(false));
        unpaid.setEmptyStateText(getTranslation("reporting.payments.unpaid.empty"));
        unpaidCount.setId("payments-unpaid-count");
        unpaidDownloads = ReportGrids.downloads(PaymentColumns.UNPAID, this);
        days.addValueChangeListener(change -> showUnpaid());

        add(new H2(getTranslation("reporting.payments.title")),
                new H3(getTranslation("reporting.payments.by-status")),
                ReportGrids.downloads(PaymentColumns.BY_STATUS, this), byStatus,
                new H3(getTranslation("reporting.payments.by-month")), months, byMonthDownloads, byMonth,
                new H3(getTranslation("reporting.payments.unpaid")), days, unpaidCount, unpaidDownloads, unpaid);
    }

    /** {@code ?days=n} (the dashboard's link) opens the unpaid list at n days. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = event.getLocation().getQueryParameters().getParameters().entrySet()
                .stream().filter(parameter -> !parameter.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, parameter -> parameter.getValue().getFirst()));
        int wanted;
        try {
            wanted = PaymentColumns.daysOf(parameters);
        } catch (ReportRefusedException unreadable) {
            Toast.error(unreadable);
            wanted = PaymentColumns.DEFAULT_DAYS;
        }
        if (days.getValue() == null || wanted != days.getValue()) {
            days.setValue(wanted); // refreshes through its listener
        } else {
            showUnpaid();
        }
    }

    private void showMonths() {
        byMonth.setItems(report.byMonth(months.getValue()));
        byMonthDownloads.filter(PaymentColumns.monthsQuery(months.getValue()));
    }

    private void showUnpaid() {
        Integer typed = days.getValue();
        if (days.isInvalid() || typed == null || typed < 0) {
            days.setInvalid(true);
            return;
        }
        int atLeast = typed;
        long count = report.countUnpaidFor(atLeast);
        unpaid.setItemsPageable(pageable -> report.unpaidFor(atLeast, pageable), pageable -> count);
        unpaidCount.setText(getTranslation("reporting.payments.unpaid.count", count, atLeast));
        unpaidDownloads.filter(PaymentColumns.daysQuery(atLeast));
    }
}
