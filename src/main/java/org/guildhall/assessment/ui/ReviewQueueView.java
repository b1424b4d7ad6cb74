package org.guildhall.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.PanelQueues;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.PanelSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;

/** The assessor's queue: the portfolios they are assigned, with due date, status and progress; overdue ones stand out. */
@Route("review")
@PageTitle("Review queue")
@Menu(order = 50, icon = "vaadin:clipboard-check", title = "Review queue")
@RolesAllowed(Role.Names.ASSESSOR)
final class ReviewQueueView extends VerticalLayout {

    ReviewQueueView(PanelQueues queues) {
        setId("review-queue");
        addClassName("gh-page");
        setSizeFull();
        var queue = queues.myQueue();
        var grid = new Grid<PanelSummary>();
        grid.setId("queue-grid");
        grid.addColumn(PanelSummary::candidateName).setHeader("Candidate").setFlexGrow(1);
        grid.addColumn(PanelSummary::designationCode).setHeader("Designation").setAutoWidth(true);
        grid.addColumn(summary -> Formats.date(summary.dueOn()) + (summary.overdue() ? " \u2014 overdue" : ""))
                .setHeader("Score due").setAutoWidth(true);
        grid.addColumn(summary -> summary.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(PanelSummary::progress).setHeader("Progress").setAutoWidth(true);
        grid.addColumn(summary -> summary.chairedByMe() ? "Chair" : "").setHeader("Your seat").setAutoWidth(true);
        grid.setPartNameGenerator(summary -> summary.overdue() ? "overdue"
                : summary.status() == PanelStatus.DECIDED ? "done" : null);
        grid.setItems(queue);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PanelView.class,
                event.getItem().panelId())));
        grid.setSizeFull();
        grid.addClassName("gh-queue");
        if (queue.isEmpty()) {
            add(new Paragraph("No portfolios are assigned to you. The registrar emails you when you join a panel."));
        } else {
            add(new Paragraph("Open a portfolio to read it, download its review packet and score it."), grid);
        }
    }
}
