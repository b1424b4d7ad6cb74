package org.guildhall.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12: a session that ended says so at the next click, and offers to sign in again where the user was. */
class SessionEndedMessagesTest {

    @Test
    void the_next_click_after_the_session_ended_says_so_and_reloads_the_same_page_for_sign_in() {
        var messages = new SessionEndedMessages().getSystemMessages(null);

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Your session has ended");
        assertThat(messages.getSessionExpiredMessage()).contains("sign in again").contains("kept as a draft");
        assertThat(messages.getSessionExpiredURL()).as("reload here; sign-in returns to this page").isNull();
    }
}
