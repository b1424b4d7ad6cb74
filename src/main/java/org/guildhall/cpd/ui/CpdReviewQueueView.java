package org.guildhall.cpd.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdClaimSummary;
import org.guildhall.cpd.CpdReviewQueue;
import org.guildhall.identity.Role;
import org.guildhall.shell.SearchField;

/**
 * The registrar's queue of CPD claims and audit answers waiting for a decision, oldest first, searchable by the
 * member's name, email or member number.
 */
@Route("registrar/cpd")
@PageTitle("CPD review")
@Menu(order = 41, icon = "vaadin:chart-3d", title = "CPD review")
@RolesAllowed(Role.Names.REGISTRAR)
final class CpdReviewQueueView extends VerticalLayout {

    CpdReviewQueueView(CpdReviewQueue queue) {
        setId("cpd-review-queue");
        addClassName("gh-page");
        setSizeFull();
        var search = SearchField.matching("cpd-queue-search", "Name, email or member number");

        var grid = new Grid<CpdClaimSummary>();
        grid.setId("cpd-queue-grid");
        grid.addColumn(CpdClaimSummary::memberName).setHeader("Member").setAutoWidth(true);
        grid.addColumn(claim -> claim.memberNumber() == null ? "" : claim.memberNumber()).setHeader("Member number")
                .setKey("member-number").setAutoWidth(true);
        grid.addColumn(CpdClaimSummary::title).setHeader("Activity").setFlexGrow(1);
        grid.addColumn(claim -> claim.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(claim -> claim.creditsClaimed().stripTrailingZeros().toPlainString() + " credits")
                .setHeader("Claimed")
                .setAutoWidth(true);
        grid.addColumn(claim -> claim.status().label()).setHeader("Status").setAutoWidth(true);
        grid.setItemsPageable(pageable -> queue.page(search.getValue(), pageable),
                pageable -> queue.count(search.getValue()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CpdReviewView.class,
                click.getItem().id())));
        grid.setEmptyStateText("Nothing is waiting for review.");
        grid.setSizeFull();
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2("CPD activities to review"), search, grid);
    }
}
