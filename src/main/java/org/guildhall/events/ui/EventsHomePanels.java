package org.guildhall.events.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.guildhall.events.EventFilter;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.PointsService;
import org.guildhall.events.RegistrationService;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.springframework.data.domain.PageRequest;

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
            var next = events.upcoming(EventFilter.ALL, PageRequest.of(0, SHOWN));
            Map<Long, MyRegistration> mine = registrations.myActiveRegistrations().stream()
                    .collect(Collectors.toMap(MyRegistration::eventId, registration -> registration));
            var card = new PanelCard("panel-events", "Coming up");
            if (next.isEmpty()) {
                card.add(new Paragraph("No events are planned just now."));
            } else {
                var list = new UnorderedList();
                for (EventSummary event : next) {
                    var item = new ListItem(new RouterLink(event.title(), EventView.class, event.id()));
                    item.add(" \u00b7 " + EventTexts.when(event));
                    if (mine.containsKey(event.id())) {
                        item.add(" \u00b7 " + EventTexts.status(mine.get(event.id())));
                    }
                    list.add(item);
                }
                card.add(list);
            }
            return card.withLink("All events", "events");
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
            return new PanelCard("panel-points", "Membership points",
                    PanelCard.figure("panel-points-total", statement.total(), "points earned"),
                    new Paragraph(statement.entries().isEmpty() ? "Attend a seminar or workshop to earn points."
                            : "Last earned: " + statement.entries().getFirst().reason()))
                    .withLink("My points", "my/points");
        }
    }
}
