package org.guildhall.reporting.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationMonthSummary;
import org.guildhall.certification.CertificationReport;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.SittingResultSummary;
import org.guildhall.identity.Role;
import org.guildhall.reporting.CertificationColumns;

/**
 * The certification report: certifications awarded, renewed, lapsed, suspended and revoked by designation and
 * month, and exam results by sitting with the pass rate, both for one designation or all over the months chosen,
 * sortable on any column and downloaded with the same filters.
 */
@Route("registrar/reports/certifications")
@PageTitle("reporting.title.certifications")
@Menu(order = 47.6, icon = "vaadin:diploma", title = "reporting.menu.certifications")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class CertificationReportView extends VerticalLayout {

    private final CertificationReport report;
    private final Select<String> designation = new Select<>();
    private final Select<Integer> months;
    private final Grid<CertificationMonthSummary> byMonth;
    private final Grid<SittingResultSummary> results;
    private final ReportGrids.Downloads byMonthDownloads;
    private final ReportGrids.Downloads resultsDownloads;

    CertificationReportView(CertificationReport report, DesignationCatalogue catalogue) {
        this.report = report;
        setId("certification-report");
        addClassName("gh-page");

        designation.setId("certifications-designation");
        designation.setLabel(getTranslation("reporting.certifications.filter.designation"));
        designation.setItems(Stream.concat(Stream.of(""),
                catalogue.all().stream().map(DesignationSummary::code)).toList());
        designation.setItemLabelGenerator(code -> code.isEmpty()
                ? getTranslation("reporting.certifications.filter.all") : code);
        designation.setValue("");
        designation.setEmptySelectionAllowed(false);
        months = ReportGrids.months("certifications-months", CertificationColumns.DEFAULT_MONTHS, this);
        var filters = new FlexLayout(designation, months);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        byMonth = ReportGrids.of("certifications-by-month", CertificationColumns.MONTHLY, this);
        byMonth.setEmptyStateText(getTranslation("reporting.certifications.empty"));
        byMonth.setAllRowsVisible(true);
        byMonthDownloads = ReportGrids.downloads(CertificationColumns.BY_MONTH, this);

        results = ReportGrids.of("exam-results", CertificationColumns.RESULTS, this);
        results.setEmptyStateText(getTranslation("reporting.certifications.results.empty"));
        results.setAllRowsVisible(true);
        resultsDownloads = ReportGrids.downloads(CertificationColumns.EXAM_RESULTS, this);

        designation.addValueChangeListener(change -> refresh());
        months.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation("reporting.certifications.title")), filters,
                new H3(getTranslation("reporting.certifications.by-month")), byMonthDownloads, byMonth,
                new H3(getTranslation("reporting.certifications.results")), resultsDownloads, results);
        refresh();
    }

    private void refresh() {
        var filter = new CertificationColumns.Filter(designation.getValue().isEmpty() ? null : designation.getValue(),
                months.getValue());
        byMonth.setItems(report.byDesignationAndMonth(filter.months(), filter.designationCode()));
        results.setItems(report.examResultsBySitting(filter.months(), filter.designationCode()));
        String query = CertificationColumns.queryOf(filter);
        byMonthDownloads.filter(query);
        resultsDownloads.filter(query);
    }
}
