package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a new email address waits for its link and the page says so, in the same words whether or not another
 * account uses the address; the person stays signed in with the old one meanwhile.
 */
@IntegrationTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @Test
    void a_free_and_a_taken_address_get_the_same_waiting_for_your_link_answer() {
        String taken = TestAccounts.uniqueEmail("taken");
        accounts.register("Someone Else", taken, TestAccounts.PASSWORD);
        String email = TestAccounts.uniqueEmail("sofia");
        accounts.register("Sofia Marchetti", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);
        navigate(ProfileView.class);

        String free = TestAccounts.uniqueEmail("sofia.new");
        changeEmailTo(free);
        String answerForFree = $(Paragraph.class).id("pending-email").getText();
        changeEmailTo(taken);
        String answerForTaken = $(Paragraph.class).id("pending-email").getText();

        assertThat(answerForFree).isEqualTo("We have emailed a link to " + free + ". Your sign-in address changes "
                + "to it when you follow that link; until then you sign in as before.");
        assertThat(answerForTaken).isEqualTo(answerForFree.replace(free, taken));
        assertThat($(EmailField.class).id("new-email").isInvalid()).isFalse();
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void a_wrong_current_password_is_refused_on_its_field_and_nothing_waits() {
        String email = TestAccounts.uniqueEmail("kwame");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);
        navigate(ProfileView.class);

        test($(EmailField.class).id("new-email")).setValue(TestAccounts.uniqueEmail("kwame.new"));
        test($(PasswordField.class).id("email-password")).setValue("not my password");
        test($(Button.class).id("change-email")).click();

        assertThat($(PasswordField.class).id("email-password").getErrorMessage()).contains("not your current");
        assertThat($(Paragraph.class).withId("pending-email").exists()).isFalse();
    }

    private void changeEmailTo(String address) {
        test($(EmailField.class).id("new-email")).setValue(address);
        test($(PasswordField.class).id("email-password")).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("change-email")).click();
    }
}
