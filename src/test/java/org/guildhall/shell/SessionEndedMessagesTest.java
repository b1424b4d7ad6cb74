package org.guildhall.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.server.SystemMessagesInfo;
import org.guildhall.platform.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 12: a session that ended says so at the next click, and offers to sign in again where the user was. */
class SessionEndedMessagesTest {

    private final SessionEndedMessages provider = new SessionEndedMessages(new Translations(shellBundle()));

    @Test
    void the_next_click_after_the_session_ended_says_so_and_reloads_the_same_page_for_sign_in() {
        var messages = provider.getSystemMessages(new SystemMessagesInfo(Locale.UK, null, null));

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(messages.getSessionExpiredMessage()).contains("sign in again").contains("kept as a draft");
        assertThat(messages.getSessionExpiredURL()).as("reload here; sign-in returns to this page").isNull();
    }

    @Test
    void a_page_shown_in_french_says_it_in_french() {
        var messages = provider.getSystemMessages(new SystemMessagesInfo(Locale.CANADA_FRENCH, null, null));

        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Votre session a pris fin");
    }

    private static ResourceBundleMessageSource shellBundle() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/shell");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
