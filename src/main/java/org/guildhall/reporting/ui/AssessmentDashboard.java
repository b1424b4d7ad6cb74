package org.guildhall.reporting.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.guildhall.assessment.AssessmentReport;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/**
 * The assessment card of the registrar's home page: panels at work and overdue, and the decisions of the last six
 * months drawn as bars (awards the darker part), linking to the assessment report.
 */
@org.springframework.stereotype.Component
final class AssessmentDashboard extends HomePanel {

    /** Months of decisions the chart draws, up to this one. */
    static final int MONTHS = 6;

    private final AssessmentReport report;

    AssessmentDashboard(AssessmentReport report) {
        super(6, Role.Names.REGISTRAR, Role.Names.ADMIN);
        this.report = report;
    }

    @Override
    public Component render() {
        var ui = UI.getCurrent();
        var overview = report.overview();
        var months = DateTimeFormatter.ofPattern("MMM yyyy", ui.getLocale());
        var bars = report.decisionsByMonth(MONTHS).stream()
                .map(month -> new BarChart.Bar(months.format(month.month()), month.decisions(), month.awarded()))
                .toList();
        String description = BarChart.describe(bars, bar -> ui.getTranslation("reporting.dashboard.decisions.bar",
                bar.label(), bar.total(), bar.highlighted()));
        var chart = new Svg(BarChart.svg("dashboard-decisions", ui.getTranslation("reporting.dashboard.decisions"),
                description, bars));
        chart.setId("dashboard-decisions");
        var legend = new Div(ui.getTranslation("reporting.dashboard.decisions.legend"));
        legend.addClassName("gh-chart-legend");
        var figures = new Div(
                PanelCard.figure("dashboard-open-panels", overview.openPanels(),
                        ui.getTranslation("reporting.assessment.open", overview.openPanels())),
                PanelCard.figure("dashboard-overdue-panels", overview.overdue(),
                        ui.getTranslation("reporting.assessment.overdue", overview.overdue())));
        figures.addClassName("gh-figures");
        return new PanelCard("panel-assessment-report", ui.getTranslation("reporting.dashboard.assessment"), figures,
                chart, legend)
                .withLink(ui.getTranslation("reporting.dashboard.open-assessment"), "registrar/reports/assessment");
    }
}
