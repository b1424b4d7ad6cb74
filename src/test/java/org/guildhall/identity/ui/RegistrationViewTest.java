package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.shared.Text;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2, "Bad input": a clear message on the field, nothing saved, nothing typed lost; issue 11: a taken address
 * gets the same answer as a new one, and a breached password is refused.
 */
@IntegrationTest
@WithAnonymousUser
class RegistrationViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_email_already_registered_gets_the_same_check_your_email_answer_as_a_new_one() {
        String email = TestAccounts.uniqueEmail("grace");
        accounts.register("Grace Lindqvist", email, "harbour lights at dusk");
        navigate(RegistrationView.class);

        fillIn("Grace L", email, "another long passphrase", "another long passphrase");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Paragraph.class).id("login-notice").getText()).isEqualTo(Text.of(RegistrationView.CHECK_YOUR_EMAIL).english());
        assertThat(jdbc.queryForObject("select full_name from account where email = ?", String.class, email))
                .isEqualTo("Grace Lindqvist");
    }

    @Test
    void a_breached_password_is_refused_on_the_password_field_and_what_was_typed_stays() {
        String email = TestAccounts.uniqueEmail("rohan");
        navigate(RegistrationView.class);

        fillIn("Rohan Desai", email, "1qaz2wsx3edc", "1qaz2wsx3edc");

        var password = $(PasswordField.class).id("password");
        assertThat(password.getErrorMessage()).contains("breached and common passwords");
        assertThat($(EmailField.class).id("email").getValue()).isEqualTo(email);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void a_malformed_email_and_a_weak_password_are_each_explained_beside_their_field() {
        navigate(RegistrationView.class);

        fillIn("Kwame Mensah", "kwame.example.org", "password123", "password123");

        assertThat($(EmailField.class).id("email").getErrorMessage()).contains("name@example.org");
        assertThat($(PasswordField.class).id("password").getErrorMessage()).contains("at least 12 characters");
        assertThat($(TextField.class).id("full-name").isInvalid()).isFalse();
        assertThat($(Button.class).id("register").isEnabled()).isTrue();
    }

    @Test
    void two_different_passwords_are_caught_before_anything_is_saved() {
        String email = TestAccounts.uniqueEmail("sofia");
        navigate(RegistrationView.class);

        fillIn("Sofia Marchetti", email, "harbour lights at dusk", "harbour lights at dawn");

        assertThat($(PasswordField.class).id("confirm-password").getErrorMessage()).contains("differ");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void a_valid_registration_creates_an_applicant_and_goes_to_sign_in() {
        String email = TestAccounts.uniqueEmail("priya");
        navigate(RegistrationView.class);

        fillIn("Priya Raman", email, "harbour lights at dusk", "harbour lights at dusk");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Paragraph.class).id("login-notice").getText()).isEqualTo(Text.of(RegistrationView.CHECK_YOUR_EMAIL).english());
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account ->
                assertThat(account.fullName()).isEqualTo("Priya Raman"));
    }

    private void fillIn(String name, String email, String password, String confirmation) {
        test($(TextField.class).id("full-name")).setValue(name);
        test($(EmailField.class).id("email")).setValue(email);
        test($(PasswordField.class).id("password")).setValue(password);
        test($(PasswordField.class).id("confirm-password")).setValue(confirmation);
        test($(Button.class).id("register")).click();
    }
}
