package org.guildhall.identity.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.guildhall.shared.Text;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.PasswordResetRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The reset request never tells a visitor whether an address is registered. */
@IntegrationTest
@WithAnonymousUser
@RecordApplicationEvents
class PasswordResetViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationEvents events;

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer() {
        var known = accounts.register("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD).orElseThrow();

        assertThat(answerFor(known.email())).isEqualTo(Text.of(ForgotPasswordView.SENT).english());
        assertThat(answerFor(TestAccounts.uniqueEmail("stranger"))).isEqualTo(Text.of(ForgotPasswordView.SENT).english());
    }

    @Test
    void a_fourth_request_for_one_address_within_the_hour_is_refused_on_the_email_field() {
        String email = TestAccounts.uniqueEmail("stranger");
        for (int request = 0; request < 3; request++) {
            assertThat(answerFor(email)).isEqualTo(Text.of(ForgotPasswordView.SENT).english());
        }

        request(email);

        var field = $(EmailField.class).id("reset-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("several password-reset links").contains("try again in");
        assertThat(field.getValue()).isEqualTo(email);
        assertThat($(Paragraph.class).withId("reset-answer").exists()).as("no \"we have emailed\" beside it").isFalse();
    }

    @Test
    void a_breached_new_password_is_refused_on_its_field_and_the_link_still_works() {
        var account = accounts.register("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD)
                .orElseThrow();
        accounts.requestPasswordReset(account.email());
        String secret = events.stream(PasswordResetRequested.class)
                .filter(event -> event.accountId() == account.id()).findFirst().orElseThrow().secret();
        navigate(ResetPasswordView.class, secret);

        test($(PasswordField.class).id("new-password")).setValue("qwerty123456");
        test($(Button.class).id("save-new-password")).click();

        var password = $(PasswordField.class).id("new-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("breached and common passwords");
        assertThat(password.getValue()).as("what was typed stays").isEqualTo("qwerty123456");
        test($(PasswordField.class).id("new-password")).setValue("a good long passphrase");
        test($(Button.class).id("save-new-password")).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void in_french_a_fourth_request_is_refused_in_french_on_the_email_field() {
        String email = TestAccounts.uniqueEmail("etranger");
        for (int request = 0; request < 3; request++) {
            request(email);
        }
        UI.getCurrent().setLocale(Locale.FRANCE);

        request(email);

        var field = $(EmailField.class).id("reset-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Nous avons déjà envoyé plusieurs liens")
                .contains("Veuillez réessayer");
        assertThat(field.getValue()).isEqualTo(email);
    }

    @Test
    void an_invalid_reset_link_says_so_plainly() {
        navigate(ResetPasswordView.class, "not-a-real-token");
        test($(PasswordField.class).id("new-password"))
                .setValue("a good long passphrase");
        test($(Button.class).id("save-new-password")).click();

        assertThat($(Paragraph.class).id("reset-problem").getText()).startsWith("This link has expired");
    }

    private String answerFor(String email) {
        request(email);
        return $(Paragraph.class).id("reset-answer").getText();
    }

    private void request(String email) {
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("reset-email")).setValue(email);
        test($(Button.class).id("send-reset-link")).click();
    }
}
