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
@PageTitle("cpd.title.cpd-review-queue")
@Menu(order = 41, icon = "vaadin:chart-3d", title = "cpd.menu.cpd-review-queue")
@RolesAllowed(Role.Names.REGISTRAR)
final class CpdReviewQueueView extends VerticalLayout {

    CpdReviewQueueView(CpdReviewQueue queue) {
        setId("cpd-review-queue");
        addClassName("gh-page");
        setSizeFull();
        var search = SearchField.matching("cpd-queue-search", getTranslation("cpd.queue.search"));

        var grid = new Grid<CpdClaimSummary>();
        grid.setId("cpd-queue-grid");
        grid.addColumn(CpdClaimSummary::memberName).setHeader(getTranslation("cpd.queue.member")).setAutoWidth(true);
        grid.addColumn(claim -> claim.memberNumber() == null ? "" : claim.memberNumber()).setHeader(getTranslation("cpd.queue.member-number"))
                .setKey("member-number").setAutoWidth(true);
        grid.addColumn(CpdClaimSummary::title).setHeader(getTranslation("cpd.my.grid.activity")).setFlexGrow(1);
        grid.addColumn(claim -> getTranslation(claim.category().labelKey()))
                .setHeader(getTranslation("cpd.my.grid.category")).setAutoWidth(true);
        grid.addColumn(claim -> getTranslation("cpd.activity.credits", claim.creditsClaimed()))
                .setHeader(getTranslation("cpd.my.grid.claimed"))
                .setAutoWidth(true);
        grid.addColumn(claim -> getTranslation(claim.status().labelKey()))
                .setHeader(getTranslation("cpd.my.grid.status")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> queue.page(search.getValue(), pageable),
                pageable -> queue.count(search.getValue()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CpdReviewView.class,
                click.getItem().id())));
        grid.setEmptyStateText(getTranslation("cpd.queue.empty"));
        grid.setSizeFull();
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("cpd.queue.heading")), search, grid);
    }
}
