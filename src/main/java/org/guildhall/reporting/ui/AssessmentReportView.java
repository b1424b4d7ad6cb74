package org.guildhall.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AssessmentReport;
import org.guildhall.assessment.AssessmentReport.AssessorActivity;
import org.guildhall.assessment.AssessmentReport.AssessorSort;
import org.guildhall.identity.Role;
import org.guildhall.reporting.AssessmentColumns;
import org.guildhall.reporting.AssessmentColumns.AssessorFilter;
import org.guildhall.export.ExportFormat;
import org.guildhall.reporting.ReportParameters;
import org.guildhall.shell.PanelCard;
import org.guildhall.shell.SearchField;

/**
 * The assessment report: panels at work and overdue, decisions by outcome with the wait from submission to
 * decision in each of the last twelve months, and each assessor's record, filtered, ordered and paged here and
 * downloaded with the same filter. Counts only; no candidate's name or score.
 */
@Route("registrar/reports/assessment")
@PageTitle("reporting.title.assessment-report")
@Menu(order = 47.6, icon = "vaadin:gavel", title = "reporting.menu.assessment-report")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class AssessmentReportView extends VerticalLayout {

    private final AssessmentReport report;
    private final TextField search;
    private final Select<AssessorSort> sort = new Select<>();
    private final Grid<AssessorActivity> assessors;
    private final Anchor csv;
    private final Anchor xlsx;

    AssessmentReportView(AssessmentReport report) {
        this.report = report;
        setId("assessment-report");
        addClassName("gh-page");

        var overview = report.overview();
        var figures = new Div(
                PanelCard.figure("assessment-open", overview.openPanels(),
                        getTranslation("reporting.assessment.open", overview.openPanels())),
                PanelCard.figure("assessment-overdue", overview.overdue(),
                        getTranslation("reporting.assessment.overdue", overview.overdue())));
        figures.addClassName("gh-figures");

        var decisions = ReportGrids.of("assessment-decisions", AssessmentColumns.MONTHLY, this);
        decisions.setItems(report.decisionsByMonth(AssessmentColumns.MONTHS));
        decisions.setAllRowsVisible(true);

        search = SearchField.matching("assessor-search", getTranslation("reporting.assessment.filter.search"));
        sort.setId("assessor-sort");
        sort.setLabel(getTranslation("reporting.assessment.sort"));
        sort.setItems(AssessorSort.values());
        sort.setItemLabelGenerator(
                order -> getTranslation("reporting.assessment.sort." + ReportParameters.nameOf(order)));
        sort.setValue(AssessorSort.NAME);
        var filters = ReportGrids.filterBar(search, sort);

        csv = ReportGrids.download("assessors-download-csv", AssessmentColumns.ASSESSORS, ExportFormat.CSV, "", this);
        xlsx = ReportGrids.download("assessors-download-xlsx", AssessmentColumns.ASSESSORS, ExportFormat.XLSX, "",
                this);
        assessors = ReportGrids.of("assessor-grid", AssessmentColumns.ASSESSOR, this);
        assessors.setEmptyStateText(getTranslation("reporting.assessment.empty"));
        assessors.setHeight("28rem");
        search.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        refresh();

        add(new H2(getTranslation("reporting.assessment.title")), figures,
                new H3(getTranslation("reporting.assessment.by-month", AssessmentColumns.MONTHS)),
                ReportGrids.downloads(AssessmentColumns.DECISIONS, this), decisions,
                new H3(getTranslation("reporting.assessment.assessors")), filters, new HorizontalLayout(csv, xlsx),
                assessors);
    }

    private void refresh() {
        var filter = new AssessorFilter(search.getValue().strip(), sort.getValue());
        assessors.setItems(
                query -> report.assessors(filter.search(), filter.sort(), query.getOffset(), query.getLimit())
                        .stream(),
                query -> (int) report.countAssessors(filter.search()));
        String query = AssessmentColumns.queryOf(filter);
        csv.setHref(ReportGrids.href(AssessmentColumns.ASSESSORS, ExportFormat.CSV, query, this));
        xlsx.setHref(ReportGrids.href(AssessmentColumns.ASSESSORS, ExportFormat.XLSX, query, this));
    }
}
