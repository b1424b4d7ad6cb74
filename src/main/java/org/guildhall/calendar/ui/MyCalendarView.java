package org.guildhall.calendar.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.calendar.CalendarEntryStatus;
import org.guildhall.calendar.CalendarService;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The signed-in person's bookings (event places, exam seats, panel interviews) to add to a calendar one file at a
 * time, and "Subscribe in your calendar": a personal feed address, shown once when made, that can be replaced or
 * stopped.
 */
@Route("my/calendar")
@PageTitle("calendar.title.my-calendar")
@Menu(order = 25, icon = "vaadin:calendar", title = "calendar.menu.my-calendar")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class MyCalendarView extends VerticalLayout {

    private final CalendarService calendars;
    private final Clock clock;
    private final Paragraph feedState = new Paragraph();
    private final TextField feedAddress = new TextField();
    private final Button openFeed = new Button();
    private final Button revokeFeed = new Button();

    MyCalendarView(CalendarService calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
        setId("my-calendar");
        addClassName("gh-page");

        var upcoming = calendars.myUpcoming();
        var bookings = new Grid<CalendarEntry>();
        bookings.setId("calendar-bookings");
        bookings.addColumn(this::when).setHeader(getTranslation("calendar.bookings.when")).setAutoWidth(true)
                .setFlexGrow(0);
        bookings.addColumn(this::what).setHeader(getTranslation("calendar.bookings.what")).setFlexGrow(1);
        bookings.addColumn(entry -> entry.location() == null ? "" : entry.location())
                .setHeader(getTranslation("calendar.bookings.where")).setFlexGrow(1);
        bookings.addComponentColumn(this::download).setHeader("").setAutoWidth(true).setFlexGrow(0);
        bookings.setItems(upcoming);
        bookings.setAllRowsVisible(true);
        add(new H2(getTranslation("calendar.bookings.heading")),
                new Paragraph(getTranslation("calendar.bookings.intro")),
                upcoming.isEmpty() ? new Paragraph(getTranslation("calendar.bookings.none")) : bookings);

        feedState.setId("feed-state");
        feedAddress.setId("feed-address");
        feedAddress.setLabel(getTranslation("calendar.feed.address.label"));
        feedAddress.setHelperText(getTranslation("calendar.feed.address.helper"));
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setVisible(false);
        openFeed.setId("open-feed");
        openFeed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openFeed.addClickListener(click -> {
            feedAddress.setValue(calendars.openMyFeed());
            feedAddress.setVisible(true);
            Toast.success(getTranslation("calendar.feed.opened"));
            showFeed();
        });
        revokeFeed.setId("revoke-feed");
        revokeFeed.setText(getTranslation("calendar.feed.revoke"));
        revokeFeed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeFeed.addClickListener(click -> {
            calendars.revokeMyFeed();
            feedAddress.clear();
            feedAddress.setVisible(false);
            Toast.success(getTranslation("calendar.feed.revoked"));
            showFeed();
        });
        add(new H2(getTranslation("calendar.feed.heading")), new Paragraph(getTranslation("calendar.feed.intro")),
                feedState, feedAddress, new HorizontalLayout(openFeed, revokeFeed));
        showFeed();
    }

    private void showFeed() {
        var madeAt = calendars.myFeedMadeAt();
        feedState.setText(madeAt.map(at -> getTranslation("calendar.feed.made", Formats.date(at, clock.getZone())))
                .orElseGet(() -> getTranslation("calendar.feed.none")));
        openFeed.setText(getTranslation(madeAt.isPresent() ? "calendar.feed.replace" : "calendar.feed.open"));
        revokeFeed.setVisible(madeAt.isPresent());
    }

    private String when(CalendarEntry entry) {
        return Text.dateTime(entry.start(), getLocale()) + " ("
                + entry.start().getZone().getId() + ")";
    }

    private String what(CalendarEntry entry) {
        String summary = Translated.text(entry.summary());
        return entry.status() == CalendarEntryStatus.TENTATIVE
                ? getTranslation("calendar.bookings.waiting", summary) : summary;
    }

    private Anchor download(CalendarEntry entry) {
        var file = new Anchor("calendar/files/" + entry.kind() + "/" + entry.bookingId() + "?lang="
                + getLocale().toLanguageTag(), getTranslation("calendar.bookings.download"));
        file.setRouterIgnore(true);
        return file;
    }
}
