package org.guildhall.cpd.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.HardshipQueue;
import org.guildhall.cpd.HardshipSummary;
import org.guildhall.identity.Role;

/** The registrar's queue of hardship requests (extensions and pauses) waiting for a decision, oldest first. */
@Route("registrar/cpd/hardship")
@PageTitle("cpd.title.hardship-queue")
@Menu(order = 42, icon = "vaadin:umbrella", title = "cpd.menu.hardship-queue")
@RolesAllowed(Role.Names.REGISTRAR)
final class HardshipQueueView extends VerticalLayout {

    HardshipQueueView(HardshipQueue queue) {
        setId("hardship-queue");
        addClassName("gh-page");
        setSizeFull();
        var grid = new Grid<HardshipSummary>();
        grid.setId("hardship-queue-grid");
        grid.addColumn(HardshipSummary::memberName).setHeader(getTranslation("cpd.queue.member")).setAutoWidth(true);
        grid.addColumn(request -> request.memberNumber() == null ? "" : request.memberNumber())
                .setHeader(getTranslation("cpd.queue.member-number")).setKey("member-number").setAutoWidth(true);
        grid.addColumn(HardshipSummary::designationCode).setHeader(getTranslation("cpd.hardship.queue.designation"))
                .setAutoWidth(true);
        grid.addColumn(request -> getTranslation(request.kind().labelKey()))
                .setHeader(getTranslation("cpd.hardship.queue.kind")).setAutoWidth(true);
        grid.addColumn(request -> getTranslation(request.reason().labelKey()))
                .setHeader(getTranslation("cpd.hardship.queue.reason")).setAutoWidth(true);
        grid.addColumn(request -> getTranslation("cpd.hardship.queue.dates", request.startsOn(), request.endsOn()))
                .setHeader(getTranslation("cpd.hardship.queue.period")).setFlexGrow(1);
        grid.setItemsPageable(queue::page, pageable -> queue.count());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(HardshipDecisionView.class,
                click.getItem().id())));
        grid.setEmptyStateText(getTranslation("cpd.hardship.queue.empty"));
        grid.setSizeFull();
        add(new H2(getTranslation("cpd.hardship.queue.heading")), grid);
    }
}
