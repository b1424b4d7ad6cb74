package org.guildhall.events.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.guildhall.events.EventService;
import org.guildhall.events.EventHeading;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.PointsService;
import org.guildhall.events.RegistrationService;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** The events module's home panels: the next events with the person's places, and their membership points. */
final class EventsHomePanels {

    private EventsHomePanels() {
    }

    /** Members and applicants: the next few events, marked where they hold a place or wait for one. */
    @org.springframework.stereotype.Component
    static final class UpcomingEventsPanel extends HomePanel {

        private static final int SHOWN = 4;

        private final EventService events;
        private final RegistrationService registrations;

        UpcomingEventsPanel(EventService events, RegistrationService registrations) {
            super(25, Role.Names.MEMBER, Role.Names.APPLICANT);
            this.events = events;
            this.registrations = registrations;
        }

        @Override
        public Component render() {
            var next = events.comingUp(SHOWN);
            Map<Long, MyRegistration> mine = registrations.myActiveRegistrations().stream()
                    .collect(Collectors.toMap(MyRegistration::eventId, registration -> registration));
            var card = new PanelCard("panel-events", EventTexts.t("events.home.coming-up"));
            if (next.isEmpty()) {
                card.add(new Paragraph(EventTexts.t("events.home.none")));
            } else {
                var list = new UnorderedList();
                for (EventHeading event : next) {
                    var item = new ListItem(new RouterLink(event.title(), EventView.class, event.id()));
                    item.add(" \u00b7 " + EventTexts.when(event));
                    if (mine.containsKey(event.id())) {
                        item.add(" \u00b7 " + EventTexts.status(mine.get(event.id())));
                    }
                    list.add(item);
                }
                card.add(list);
            }
            return card.withLink(EventTexts.t("events.home.all"), "events");
        }
    }

    /** Members: their membership points total (seed 000: seminars earn membership points). */
    @org.springframework.stereotype.Component
    static final class PointsPanel extends HomePanel {

        private final PointsService points;

        PointsPanel(PointsService points) {
            super(26, Role.Names.MEMBER);
            this.points = points;
        }

        @Override
        public Component render() {
            var statement = points.myPoints();
            return new PanelCard("panel-points", EventTexts.t("events.home.points"),
                    PanelCard.figure("panel-points-total", statement.total(),
                            EventTexts.t("events.home.points-earned", statement.total())),
                    new Paragraph(statement.entries().isEmpty() ? EventTexts.t("events.home.points-none")
                            : EventTexts.t("events.home.last-earned", statement.entries().getFirst().reason())))
                    .withLink(EventTexts.t("events.home.my-points"), "my/points");
        }
    }
}
