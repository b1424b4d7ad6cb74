package org.guildhall.assessment.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.PanelQueues;
import org.guildhall.assessment.PanelSummary;
import org.guildhall.assessment.WaitingPortfolioSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Translated;

/**
 * The registrar's panels: submitted portfolios waiting for a panel, and the panels at work, each grid loaded a page
 * at a time (a query for the rows and one for the count).
 */
@Route("registrar/panels")
@PageTitle("assessment.title.panels")
@Menu(order = 44, icon = "vaadin:group", title = "assessment.menu.panels")
@RolesAllowed(Role.Names.REGISTRAR)
final class PanelsView extends VerticalLayout {

    PanelsView(PanelQueues queues, Clock clock) {
        setId("panels");
        addClassName("gh-page");

        setSizeFull();
        var portfolios = new Grid<WaitingPortfolioSummary>();
        portfolios.setId("awaiting-panel");
        portfolios.addColumn(WaitingPortfolioSummary::candidateName).setHeader(getTranslation("assessment.column.candidate")).setFlexGrow(1);
        portfolios.addColumn(WaitingPortfolioSummary::designationCode)
                .setHeader(getTranslation("assessment.column.designation")).setAutoWidth(true);
        portfolios.addColumn(p -> getTranslation("assessment.portfolio.version", p.version()))
                .setHeader(getTranslation("assessment.column.version")).setAutoWidth(true);
        portfolios.addColumn(p -> p.submittedAt() == null ? ""
                : getTranslation("assessment.date", p.submittedAt().atZone(clock.getZone()).toLocalDate()))
                .setHeader(getTranslation("assessment.column.submitted")).setAutoWidth(true);
        portfolios.addComponentColumn(p -> {
            var form = new Button(getTranslation("assessment.panels.form"), e -> getUI().ifPresent(ui -> ui.navigate(FormPanelView.class,
                    p.portfolioId())));
            form.setId("form-panel-" + p.portfolioId());
            return form;
        }).setAutoWidth(true);
        portfolios.setItemsPageable(queues::waitingForPanel, page -> queues.countWaitingForPanel());
        portfolios.setEmptyStateText(getTranslation("assessment.panels.waiting.none"));
        portfolios.setHeight("16em");

        var grid = new Grid<PanelSummary>();
        grid.setId("open-panels");
        grid.addColumn(PanelSummary::candidateName).setHeader(getTranslation("assessment.column.candidate")).setFlexGrow(1);
        grid.addColumn(PanelSummary::designationCode).setHeader(getTranslation("assessment.column.designation")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.overdue() ? "assessment.due.overdue" : "assessment.due.on", s.dueOn()))
                .setHeader(getTranslation("assessment.column.scores-due")).setAutoWidth(true);
        grid.addColumn(s -> Translated.text(s.status().text())).setHeader(getTranslation("assessment.column.status")).setAutoWidth(true);
        grid.addColumn(summary -> Translated.text(summary.progress())).setHeader(getTranslation("assessment.column.progress")).setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        grid.setItemsPageable(queues::openPanels, page -> queues.countOpenPanels());
        grid.setEmptyStateText(getTranslation("assessment.panels.at-work.none"));
        grid.setMinHeight("16em");
        setFlexGrow(1, grid);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PanelView.class, e.getItem().panelId())));
        grid.addClassName("gh-queue");

        add(new H2(getTranslation("assessment.panels.waiting")), portfolios,
                new H2(getTranslation("assessment.panels.at-work")), grid);
    }
}
