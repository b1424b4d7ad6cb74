package org.guildhall.cpd.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.identity.Role;

/** The registrar's queue of CPD claims and audit answers waiting for a decision, oldest first. */
@Route("registrar/cpd")
@PageTitle("CPD review")
@Menu(order = 41, icon = "vaadin:chart-3d", title = "CPD review")
@RolesAllowed(Role.Names.REGISTRAR)
final class CpdReviewQueueView extends VerticalLayout {

    CpdReviewQueueView(CpdReviewService review) {
        setId("cpd-review-queue");
        addClassName("gh-page");
        setSizeFull();
        var grid = new Grid<CpdActivityDetails>();
        grid.setId("cpd-queue-grid");
        grid.addColumn(CpdActivityDetails::memberName).setHeader("Member").setAutoWidth(true);
        grid.addColumn(CpdActivityDetails::title).setHeader("Activity").setFlexGrow(1);
        grid.addColumn(activity -> activity.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(CpdActivityEditor::credits).setHeader("Claimed").setAutoWidth(true);
        grid.addColumn(activity -> activity.status().label()).setHeader("Status").setAutoWidth(true);
        grid.setItemsPageable(review::reviewQueue, pageable -> review.countReviewQueue());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CpdReviewView.class,
                click.getItem().id())));
        grid.setEmptyStateText("Nothing is waiting for review.");
        grid.setSizeFull();
        add(new H2("CPD activities to review"), grid);
    }
}
