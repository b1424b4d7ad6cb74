package org.guildhall.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.identity.Role;

/** The registrar's list of every event, newest first, with places and waiting lists; a new one is a click away. */
@Route("registrar/events")
@PageTitle("events.title.manage-events")
@Menu(order = 46, icon = "vaadin:calendar-user", title = "events.menu.manage-events")
@RolesAllowed(Role.Names.REGISTRAR)
final class ManageEventsView extends VerticalLayout {

    ManageEventsView(EventService events) {
        setId("manage-events");
        addClassName("gh-page");
        setSizeFull();
        var create = new Button(getTranslation("events.manage.publish"), click -> getUI().ifPresent(ui -> ui.navigate(
                EventEditorView.class)));
        create.setId("new-event");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var grid = new Grid<EventSummary>();
        grid.setId("manage-events-grid");
        grid.addColumn(event -> EventTexts.when(event)).setHeader(getTranslation("events.event.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> getTranslation(event.kind().key())).setHeader(getTranslation("events.list.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventSummary::title).setHeader(getTranslation("events.manage.title")).setFlexGrow(1);
        grid.addColumn(event -> event.placesTaken() + " / " + event.capacity())
                .setHeader(getTranslation("events.manage.places"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventSummary::waitingCount).setHeader(getTranslation("events.manage.waiting")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> getTranslation(event.isCancelled() ? "events.places.cancelled"
                : "events.manage.published")).setHeader(getTranslation("events.manage.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(events::all, pageable -> events.countAll());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EventView.class,
                click.getItem().id())));
        grid.setSizeFull();
        add(create, grid);
    }
}
