package org.guildhall.notification.ui;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.guildhall.identity.Role;
import org.guildhall.notification.InboxService;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** The notification module's blocks on the home pages. */
final class NotificationHomePanels {

    private NotificationHomePanels() {
    }

    /** Everyone: how many notifications they have not read yet. */
    @org.springframework.stereotype.Component
    static final class UnreadNotifications extends HomePanel {
        private final InboxService inbox;

        UnreadNotifications(InboxService inbox) {
            super(800, Role.Names.ALL);
            this.inbox = inbox;
        }

        @Override
        public Component render() {
            var figures = new Div(PanelCard.figure("inbox-unread", inbox.countCurrentUnread(),
                    UI.getCurrent().getTranslation("notification.home.unread")));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-inbox", UI.getCurrent().getTranslation("notification.inbox.title"), figures)
                    .withLink(UI.getCurrent().getTranslation("notification.home.open-inbox"), "inbox");
        }
    }
}
