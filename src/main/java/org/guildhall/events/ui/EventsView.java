package org.guildhall.events.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.guildhall.events.EventFilter;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.RegistrationService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Upcoming events, by kind and month, grouped under each month and day like a programme; each card shows the
 * places left and the signed-in person's own registration.
 */
@Route("events")
@PageTitle("Events")
@Menu(order = 21, icon = "vaadin:calendar", title = "Events")
@PermitAll
@StyleSheet("styles/events.css")
final class EventsView extends VerticalLayout {

    /** One screen of the programme; months further ahead are a filter away. */
    private static final int SHOWN = 60;
    private static final int MONTHS_OFFERED = 12;

    private final EventService events;
    private final RegistrationService registrations;
    private final Select<EventKind> kind = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Div programme = new Div();

    EventsView(EventService events, RegistrationService registrations, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        setId("events");
        addClassName("gh-page");

        kind.setId("events-kind");
        kind.setLabel("Kind");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All kinds");
        kind.setPlaceholder("All kinds");
        month.setId("events-month");
        month.setLabel("Month");
        var thisMonth = YearMonth.now(clock);
        month.setItems(IntStream.range(0, MONTHS_OFFERED).mapToObj(thisMonth::plusMonths).toList());
        month.setItemLabelGenerator(choice -> choice == null ? "" : EventTexts.MONTH.format(choice));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption("Any month");
        month.setPlaceholder("Any month");
        kind.addValueChangeListener(event -> render());
        month.addValueChangeListener(event -> render());
        var filters = new HorizontalLayout(kind, month);
        filters.setAlignItems(Alignment.BASELINE);

        programme.setId("events-programme");
        programme.setWidthFull();
        add(new Paragraph("Seminars, workshops, conferences, forums, discussion groups and "
                + "webinars. Attending earns CPD credits and membership points, credited when the registrar records "
                + "your attendance."), filters, programme);
        render();
    }

    private void render() {
        programme.removeAll();
        var filter = new EventFilter(kind.getValue(), month.getValue());
        var upcoming = events.upcoming(filter, PageRequest.of(0, SHOWN));
        if (upcoming.isEmpty()) {
            var none = new Paragraph("No upcoming events match. Try another kind or month.");
            none.setId("events-none");
            programme.add(none);
            return;
        }
        Map<Long, MyRegistration> mine = registrations.myActiveRegistrations().stream()
                .collect(Collectors.toMap(MyRegistration::eventId, registration -> registration));
        Map<YearMonth, List<EventSummary>> byMonth = upcoming.stream().collect(Collectors.groupingBy(
                event -> YearMonth.from(event.localStart()), LinkedHashMap::new, Collectors.toList()));
        byMonth.forEach((yearMonth, inMonth) -> {
            programme.add(new H2(EventTexts.MONTH.format(yearMonth)));
            inMonth.forEach(event -> programme.add(row(event, mine.get(event.id()))));
        });
        long total = events.countUpcoming(filter);
        if (total > upcoming.size()) {
            programme.add(new Paragraph("Showing the first " + upcoming.size() + " of " + total
                    + " events; choose a month to see the rest."));
        }
    }

    private Div row(EventSummary event, @Nullable MyRegistration mine) {
        var start = event.localStart();
        var day = new Div(new Span(start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK)), new Span(String.valueOf(start.getDayOfMonth())));
        day.addClassName("gh-event-day");
        var title = new RouterLink(event.title(), EventView.class, event.id());
        title.addClassName("gh-event-title");
        var kindBadge = new Span(event.kind().label());
        kindBadge.addClassName("gh-event-kind");
        var details = new Div(new Div(kindBadge, title), new Paragraph(EventTexts.when(event) + " \u00b7 "
                + EventTexts.place(event)), new Paragraph(EventTexts.credit(event) + " \u00b7 "
                + EventTexts.fees(event)));
        details.addClassName("gh-event-details");
        var availability = new Span(EventTexts.places(event));
        availability.addClassNames("gh-badge", event.isFull() ? "gh-badge-no" : "gh-badge-yes");
        var side = new Div(availability);
        side.addClassName("gh-event-side");
        if (mine != null) {
            var status = new Span(EventTexts.status(mine));
            status.addClassName("gh-event-mine");
            side.add(status);
        }
        var row = new Div(day, details, side);
        row.setId("event-" + event.id());
        row.addClassName("gh-event-row");
        return row;
    }
}
