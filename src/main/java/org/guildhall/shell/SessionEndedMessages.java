package org.guildhall.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (it timed out, or the portal restarted), the next click says so instead of silently
 * reloading onto the sign-in page. Clicking the message reloads the same address: sign-in asks for the password and
 * then returns there, where a long form shows its kept draft.
 */
final class SessionEndedMessages implements SystemMessagesProvider {

    static final String CAPTION = "Your session has ended";
    static final String MESSAGE = "Click here to sign in again and carry on. What you typed in a long form is kept "
            + "as a draft.";

    private static final CustomizedSystemMessages MESSAGES = new CustomizedSystemMessages();

    static {
        MESSAGES.setSessionExpiredCaption(CAPTION);
        MESSAGES.setSessionExpiredMessage(MESSAGE);
        MESSAGES.setSessionExpiredNotificationEnabled(true);
        // No URL: the current page is loaded again, so sign-in sends the person back to it.
        MESSAGES.setSessionExpiredURL(null);
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        return MESSAGES;
    }

    @Component
    static class Installer implements VaadinServiceInitListener {
        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().setSystemMessagesProvider(new SessionEndedMessages());
        }
    }
}
