package org.guildhall.events.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
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
@PageTitle("events.title.events")
@Menu(order = 21, icon = "vaadin:calendar", title = "events.menu.events")
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
        kind.setLabel(getTranslation("events.list.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.key()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("events.list.all-kinds"));
        kind.setPlaceholder(getTranslation("events.list.all-kinds"));
        month.setId("events-month");
        month.setLabel(getTranslation("events.list.month"));
        var thisMonth = YearMonth.now(clock);
        month.setItems(IntStream.range(0, MONTHS_OFFERED).mapToObj(thisMonth::plusMonths).toList());
        month.setItemLabelGenerator(choice -> choice == null ? "" : EventTexts.month(choice));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("events.list.any-month"));
        month.setPlaceholder(getTranslation("events.list.any-month"));
        kind.addValueChangeListener(event -> render());
        month.addValueChangeListener(event -> render());
        var filters = new HorizontalLayout(kind, month);
        filters.setAlignItems(Alignment.BASELINE);

        programme.setId("events-programme");
        programme.setWidthFull();
        add(new Paragraph(getTranslation("events.list.intro")), filters, programme);
        render();
    }

    private void render() {
        programme.removeAll();
        var filter = new EventFilter(kind.getValue(), month.getValue());
        var upcoming = events.upcoming(filter, PageRequest.of(0, SHOWN));
        if (upcoming.isEmpty()) {
            var none = new Paragraph(getTranslation("events.list.none"));
            none.setId("events-none");
            programme.add(none);
            return;
        }
        Map<Long, MyRegistration> mine = registrations.myActiveRegistrations().stream()
                .collect(Collectors.toMap(MyRegistration::eventId, registration -> registration));
        Map<YearMonth, List<EventSummary>> byMonth = upcoming.stream().collect(Collectors.groupingBy(
                event -> YearMonth.from(event.localStart()), LinkedHashMap::new, Collectors.toList()));
        byMonth.forEach((yearMonth, inMonth) -> {
            programme.add(new H2(EventTexts.month(yearMonth)));
            inMonth.forEach(event -> programme.add(row(event, mine.get(event.id()))));
        });
        long total = events.countUpcoming(filter);
        if (total > upcoming.size()) {
            programme.add(new Paragraph(getTranslation("events.list.more", upcoming.size(), total)));
        }
    }

    private Div row(EventSummary event, @Nullable MyRegistration mine) {
        var start = event.localStart();
        var day = new Div(new Span(start.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())), new Span(String.valueOf(start.getDayOfMonth())));
        day.addClassName("gh-event-day");
        var title = new RouterLink(event.title(), EventView.class, event.id());
        title.addClassName("gh-event-title");
        var kindBadge = new Span(getTranslation(event.kind().key()));
        kindBadge.addClassName("gh-event-kind");
        var details = new Div(new Div(kindBadge, title), new Paragraph(getTranslation("events.list.line",
                EventTexts.when(event), EventTexts.place(event))), new Paragraph(getTranslation("events.list.line",
                EventTexts.credit(event), EventTexts.fees(event))));
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
