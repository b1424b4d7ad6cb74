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
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.SecondMarkingService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Translated;

/** The assessor's queue: the portfolios they are assigned, with due date, status and progress; overdue ones stand out. */
@Route("review")
@PageTitle("assessment.title.review-queue")
@Menu(order = 50, icon = "vaadin:clipboard-check", title = "assessment.menu.review-queue")
@RolesAllowed(Role.Names.ASSESSOR)
final class ReviewQueueView extends VerticalLayout {

    ReviewQueueView(PanelQueues queues, SecondMarkingService secondMarking, ReviewService reviews) {
        setId("review-queue");
        addClassName("gh-page");
        setSizeFull();
        var queue = queues.myQueue();
        var grid = new Grid<PanelSummary>();
        grid.setId("queue-grid");
        // A name needs a readable width before the auto-sized columns take theirs (it was cut to "Kwame Men…").
        grid.addColumn(PanelSummary::candidateName).setHeader(getTranslation("assessment.column.candidate"))
                .setWidth("12em").setFlexGrow(1);
        grid.addColumn(PanelSummary::designationCode).setHeader(getTranslation("assessment.column.designation")).setAutoWidth(true);
        grid.addColumn(summary -> getTranslation(summary.overdue() ? "assessment.due.overdue" : "assessment.due.on",
                summary.dueOn())).setHeader(getTranslation("assessment.column.score-due")).setAutoWidth(true);
        grid.addColumn(summary -> Translated.text(summary.status().text()))
                .setHeader(getTranslation("assessment.column.status")).setAutoWidth(true);
        grid.addColumn(summary -> Translated.text(summary.progress())).setHeader(getTranslation("assessment.column.progress")).setAutoWidth(true);
        grid.addColumn(summary -> summary.chairedByMe() ? getTranslation("assessment.seat.chair") : "")
                .setHeader(getTranslation("assessment.column.seat")).setAutoWidth(true);
        grid.setPartNameGenerator(summary -> summary.overdue() ? "overdue"
                : summary.status() == PanelStatus.DECIDED ? "done" : null);
        grid.setItems(queue);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PanelView.class,
                event.getItem().panelId())));
        grid.setSizeFull();
        grid.addClassName("gh-queue");
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.queue.empty")));
        } else {
            add(new Paragraph(getTranslation("assessment.queue.intro")), grid);
        }
        // Asked of them by the registrar, so above their own queue.
        addComponentAsFirst(new SecondMarkingRequests(secondMarking, reviews::rubric));
    }
}
