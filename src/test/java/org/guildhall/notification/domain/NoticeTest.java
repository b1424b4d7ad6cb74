package org.guildhall.notification.domain;

import org.guildhall.notification.domain.Notice.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One notice, two forms: the inbox keeps its text, the email wraps it in a greeting and full links. */
class NoticeTest {

    private final Recipient priya = new Recipient(42, "priya@example.org", "Priya Raman");

    @Test
    void the_email_greets_the_person_and_links_the_next_step_and_the_inbox_in_full() {
        var notice = new Notice("AccountRegistered:42", priya, "Welcome to Guildhall", "Your account is ready.",
                "membership/eligibility");

        assertThat(notice.emailBody("https://portal.institute.example/")).isEqualTo("""
                Dear Priya Raman,

                Your account is ready.

                https://portal.institute.example/membership/eligibility

                --\s
                Guildhall, the member and certification portal of the institute.
                This message is also in your inbox: https://portal.institute.example/inbox
                """);
    }

    @Test
    void the_same_occasion_for_the_same_person_has_one_idempotency_key() {
        var once = new Notice("AccountRegistered:42", priya, "Welcome", "Ready.", null);
        var again = new Notice("AccountRegistered:42", priya, "Welcome, again", "Ready!", null);

        assertThat(once.idempotencyKey()).isEqualTo(again.idempotencyKey()).isEqualTo("AccountRegistered:42/42");
    }

    @Test
    void a_link_leaving_the_portal_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notice("AccountRegistered:42", priya, "Welcome", "Ready.", "https://elsewhere.example"));
    }
}
