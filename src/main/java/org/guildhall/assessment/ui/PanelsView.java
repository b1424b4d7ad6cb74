package org.guildhall.assessment.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.PanelQueues;
import org.guildhall.assessment.PanelSummary;
import org.guildhall.assessment.WaitingPortfolioSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;

/** The registrar's panels: submitted portfolios waiting for a panel, and the panels at work. */
@Route("registrar/panels")
@PageTitle("Assessment panels")
@Menu(order = 44, icon = "vaadin:group", title = "Panels")
@RolesAllowed(Role.Names.REGISTRAR)
final class PanelsView extends VerticalLayout {

    PanelsView(PanelQueues queues, Clock clock) {
        setId("panels");
        addClassName("gh-page");

        var waiting = queues.waitingForPanel();
        var portfolios = new Grid<WaitingPortfolioSummary>();
        portfolios.setId("awaiting-panel");
        portfolios.addColumn(WaitingPortfolioSummary::candidateName).setHeader("Candidate").setFlexGrow(1);
        portfolios.addColumn(WaitingPortfolioSummary::designationCode).setHeader("Designation").setAutoWidth(true);
        portfolios.addColumn(p -> "Version " + p.version()).setHeader("Version").setAutoWidth(true);
        portfolios.addColumn(p -> p.submittedAt() == null ? ""
                : Formats.date(p.submittedAt(), clock.getZone())).setHeader("Submitted").setAutoWidth(true);
        portfolios.addComponentColumn(p -> {
            var form = new Button("Form a panel", e -> getUI().ifPresent(ui -> ui.navigate(FormPanelView.class,
                    p.portfolioId())));
            form.setId("form-panel-" + p.portfolioId());
            return form;
        }).setAutoWidth(true);
        portfolios.setItems(waiting);
        portfolios.setAllRowsVisible(true);

        var open = queues.openPanels();
        var grid = new Grid<PanelSummary>();
        grid.setId("open-panels");
        grid.addColumn(PanelSummary::candidateName).setHeader("Candidate").setFlexGrow(1);
        grid.addColumn(PanelSummary::designationCode).setHeader("Designation").setAutoWidth(true);
        grid.addColumn(s -> Formats.date(s.dueOn()) + (s.overdue() ? " \u2014 overdue" : "")).setHeader("Scores due")
                .setAutoWidth(true);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(PanelSummary::progress).setHeader("Progress").setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PanelView.class, e.getItem().panelId())));
        grid.addClassName("gh-queue");

        add(new H2("Waiting for a panel"),
                waiting.isEmpty() ? new Paragraph("No submitted portfolio is waiting for a panel.") : portfolios,
                new H2("Panels at work"),
                open.isEmpty() ? new Paragraph("No panel is at work.") : grid);
    }
}
