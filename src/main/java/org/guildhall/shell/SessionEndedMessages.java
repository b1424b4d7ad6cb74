package org.guildhall.shell;

import java.util.Locale;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (it timed out, or the portal restarted), the next click says so instead of silently
 * reloading onto the sign-in page, in the language the page was shown in. Clicking the message reloads the same
 * address: sign-in asks for the password and then returns there, where a long form shows its kept draft.
 */
final class SessionEndedMessages implements SystemMessagesProvider {

    static final String CAPTION = "shell.session-ended.caption";
    static final String MESSAGE = "shell.session-ended.message";

    private final Translations translations;

    SessionEndedMessages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale locale = info.getLocale() == null ? Languages.ENGLISH : Languages.match(info.getLocale());
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(translations.text(locale, CAPTION));
        messages.setSessionExpiredMessage(translations.text(locale, MESSAGE));
        messages.setSessionExpiredNotificationEnabled(true);
        // No URL: the current page is loaded again, so sign-in sends the person back to it.
        messages.setSessionExpiredURL(null);
        return messages;
    }

    @Component
    static class Installer implements VaadinServiceInitListener {

        private final Translations translations;

        Installer(Translations translations) {
            this.translations = translations;
        }

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().setSystemMessagesProvider(new SessionEndedMessages(translations));
        }
    }
}
