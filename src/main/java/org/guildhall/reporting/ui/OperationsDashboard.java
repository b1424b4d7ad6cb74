package org.guildhall.reporting.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/**
 * The registrar's operations dashboard on the home page: current certifications, those at risk of missing their
 * CPD requirement, and expiries in the coming months drawn as bars, each linking to the report behind it.
 */
@org.springframework.stereotype.Component
final class OperationsDashboard extends HomePanel {

    private final CpdComplianceReport compliance;

    OperationsDashboard(CpdComplianceReport compliance) {
        super(5, Role.Names.REGISTRAR, Role.Names.ADMIN);
        this.compliance = compliance;
    }

    @Override
    public Component render() {
        var ui = UI.getCurrent();
        var overview = compliance.overview();
        var months = DateTimeFormatter.ofPattern("MMM yyyy", ui.getLocale());
        var bars = overview.expiries().stream()
                .map(month -> new BarChart.Bar(months.format(month.month()), month.expiring(), month.atRisk()))
                .toList();
        String description = BarChart.describe(bars, bar -> ui.getTranslation("reporting.dashboard.expiries.bar",
                bar.label(), bar.total(), bar.highlighted()));
        var chart = new Svg(BarChart.svg("dashboard-expiries", ui.getTranslation("reporting.dashboard.expiries"),
                description, bars));
        chart.setId("dashboard-expiries");
        var legend = new Div(ui.getTranslation("reporting.dashboard.expiries.legend"));
        legend.addClassName("gh-chart-legend");

        var figures = new Div(
                PanelCard.figure("dashboard-current", overview.current(),
                        ui.getTranslation("reporting.dashboard.current", overview.current())),
                PanelCard.figure("dashboard-at-risk", overview.atRisk(),
                        ui.getTranslation("reporting.dashboard.at-risk", overview.atRisk())));
        figures.addClassName("gh-figures");
        var atRiskLink = new com.vaadin.flow.component.html.Anchor("registrar/reports/cpd-compliance?atRisk=true",
                ui.getTranslation("reporting.dashboard.open-at-risk"));
        atRiskLink.setId("dashboard-at-risk-link");
        return new PanelCard("panel-operations", ui.getTranslation("reporting.dashboard.title"), figures,
                atRiskLink, chart, legend)
                .withLink(ui.getTranslation("reporting.dashboard.open-report"), "registrar/reports/cpd-compliance")
                .withLink(ui.getTranslation("reporting.dashboard.open-register"), "registrar/reports/register");
    }
}
