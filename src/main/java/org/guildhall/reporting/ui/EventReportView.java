package org.guildhall.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.events.EventReport;
import org.guildhall.events.EventReport.EventActivity;
import org.guildhall.events.EventReport.EventPeriod;
import org.guildhall.events.EventReport.EventReportFilter;
import org.guildhall.events.EventReport.EventSort;
import org.guildhall.identity.Role;
import org.guildhall.reporting.EventColumns;
import org.guildhall.reporting.EventColumns.EventSelection;
import org.guildhall.export.ExportFormat;
import org.guildhall.reporting.ReportParameters;
import org.guildhall.shell.SearchField;

/**
 * The events report: per event, places confirmed, the waiting list, the attendance rate and the CPD hours credited,
 * filtered, ordered and paged here and downloaded with the same filter and order.
 */
@Route("registrar/reports/events")
@PageTitle("reporting.title.events-report")
@Menu(order = 47.7, icon = "vaadin:calendar-user", title = "reporting.menu.events-report")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class EventReportView extends VerticalLayout {

    private final EventReport report;
    private final TextField search;
    private final Select<EventPeriod> period = new Select<>();
    private final Select<EventSort> sort = new Select<>();
    private final Grid<EventActivity> grid;
    private final Anchor csv;
    private final Anchor xlsx;

    EventReportView(EventReport report) {
        this.report = report;
        setId("events-report");
        addClassName("gh-page");
        setSizeFull();

        search = SearchField.matching("events-search", getTranslation("reporting.events.filter.search"));
        period.setId("events-period");
        period.setLabel(getTranslation("reporting.events.filter.period"));
        period.setItems(EventPeriod.values());
        period.setItemLabelGenerator(
                choice -> getTranslation("reporting.events.period." + ReportParameters.nameOf(choice)));
        period.setValue(EventPeriod.ALL);
        sort.setId("events-sort");
        sort.setLabel(getTranslation("reporting.events.sort"));
        sort.setItems(EventSort.values());
        sort.setItemLabelGenerator(order -> getTranslation("reporting.events.sort." + ReportParameters.nameOf(order)));
        sort.setValue(EventSort.LATEST_FIRST);
        // Wide enough for the longest choice in either language ("La plus longue liste d’attente").
        period.setMinWidth("14em");
        sort.setMinWidth("17em");
        var filters = ReportGrids.filterBar(search, period, sort);

        csv = ReportGrids.download("events-download-csv", EventColumns.REPORT, ExportFormat.CSV, "", this);
        xlsx = ReportGrids.download("events-download-xlsx", EventColumns.REPORT, ExportFormat.XLSX, "", this);
        grid = ReportGrids.of("events-grid", EventColumns.ALL, this);
        grid.setEmptyStateText(getTranslation("reporting.events.empty"));
        grid.setSizeFull();
        search.addValueChangeListener(change -> refresh());
        period.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        refresh();

        add(new H2(getTranslation("reporting.events.title")), filters, new HorizontalLayout(csv, xlsx), grid);
    }

    private void refresh() {
        var selection = new EventSelection(new EventReportFilter(search.getValue(), period.getValue()),
                sort.getValue());
        grid.setItems(query -> report.events(selection.filter(), selection.sort(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) report.countEvents(selection.filter()));
        String query = EventColumns.queryOf(selection);
        csv.setHref(ReportGrids.href(EventColumns.REPORT, ExportFormat.CSV, query, this));
        xlsx.setHref(ReportGrids.href(EventColumns.REPORT, ExportFormat.XLSX, query, this));
    }
}
