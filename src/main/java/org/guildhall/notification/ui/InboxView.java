package org.guildhall.notification.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.guildhall.notification.InboxEntry;
import org.guildhall.notification.InboxService;
import org.guildhall.shell.Formats;

/**
 * The signed-in person's notifications and tasks, newest first and loaded page by page. Unread ones stand out;
 * opening one shows its text and the link to act on it, and marks it read.
 */
@Route("inbox")
@PageTitle("notification.inbox.title")
@Menu(order = 5, icon = "vaadin:envelope", title = "notification.inbox.title")
@PermitAll
final class InboxView extends VerticalLayout {

    private final InboxService inbox;
    private final ZoneId zone;
    private final Grid<InboxEntry> items = new Grid<>();

    InboxView(InboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.zone = clock.getZone();
        setId("inbox");
        addClassName("gh-page");
        setSizeFull();

        var markAllRead = new Button(getTranslation("notification.inbox.mark-all-read"), event -> {
            inbox.markAllCurrentRead();
            items.getDataProvider().refreshAll();
        });
        markAllRead.setId("mark-all-read");

        items.setId("inbox-grid");
        items.addColumn(InboxEntry::title).setHeader(getTranslation("notification.inbox.notification")).setFlexGrow(1);
        items.addColumn(entry -> Formats.dateTime(entry.createdAt(), zone)).setHeader(getTranslation("notification.inbox.received"))
                .setAutoWidth(true).setFlexGrow(0);
        items.setPartNameGenerator(entry -> entry.unread() ? "gh-unread" : null);
        items.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        // Opened here rather than by the grid, so the row and its details are drawn from the entry marked read.
        items.setDetailsVisibleOnClick(false);
        items.addItemClickListener(event -> toggle(event.getItem()));
        items.setEmptyStateText(getTranslation("notification.inbox.empty"));
        items.setItemsPageable(inbox::currentItems, pageable -> inbox.countCurrentItems());
        items.setSizeFull();

        add(markAllRead, items);
    }

    private void toggle(InboxEntry entry) {
        boolean open = !items.isDetailsVisible(entry);
        var shown = open && entry.unread() ? inbox.markRead(entry.id()) : entry;
        items.getDataProvider().refreshItem(shown);
        items.setDetailsVisible(shown, open);
    }

    private Component details(InboxEntry entry) {
        var body = new Paragraph(entry.body());
        body.addClassName("gh-inbox-body");
        var details = new Div(body);
        if (entry.link() != null) {
            details.add(new Anchor(entry.link(), getTranslation("notification.inbox.go")));
        }
        return details;
    }
}
