package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
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
    @Autowired MyAccountService myAccount;

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

    @Test
    void a_blank_name_and_a_bad_phone_are_each_refused_on_their_field_then_good_details_are_saved() {
        String email = TestAccounts.uniqueEmail("amara");
        accounts.register("Amara Okafor", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);
        navigate(ProfileView.class);

        test($(TextField.class).id("profile-name")).setValue(" ");
        test($(TextField.class).id("profile-phone")).setValue("call me maybe");
        test($(TextField.class).id("profile-employer")).setValue("Northwind Traders");
        test($(Button.class).id("save-profile")).click();

        var name = $(TextField.class).id("profile-name");
        var phone = $(TextField.class).id("profile-phone");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("name");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("phone number");
        assertThat(phone.getValue()).as("what was typed stays").isEqualTo("call me maybe");
        assertThat($(TextField.class).id("profile-employer").getValue()).isEqualTo("Northwind Traders");
        assertThat(myAccount.currentProfile().employer()).as("nothing saved").isNull();

        test($(TextField.class).id("profile-name")).setValue("Amara Okafor-Diallo");
        test($(TextField.class).id("profile-phone")).setValue("+44 20 7946 0000");
        test($(Button.class).id("save-profile")).click();

        assertThat(myAccount.currentProfile().fullName()).isEqualTo("Amara Okafor-Diallo");
        assertThat(myAccount.currentProfile().employer()).isEqualTo("Northwind Traders");
    }

    @Test
    void a_wrong_current_password_and_a_weak_new_one_are_refused_on_their_fields() {
        String email = TestAccounts.uniqueEmail("rohan");
        accounts.register("Rohan Mehta", email, TestAccounts.PASSWORD);
        TestAccounts.signInAs(email, Role.APPLICANT);
        navigate(ProfileView.class);

        test($(PasswordField.class).id("current-password")).setValue("not my password");
        test($(PasswordField.class).id("new-password")).setValue("a long enough new passphrase");
        test($(Button.class).id("change-password")).click();
        assertThat($(PasswordField.class).id("current-password").getErrorMessage()).contains("not your current");

        test($(PasswordField.class).id("current-password")).setValue(TestAccounts.PASSWORD);
        test($(PasswordField.class).id("new-password")).setValue("short");
        test($(Button.class).id("change-password")).click();
        var newPassword = $(PasswordField.class).id("new-password");
        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getValue()).isEqualTo("short");
    }

    private void changeEmailTo(String address) {
        test($(EmailField.class).id("new-email")).setValue(address);
        test($(PasswordField.class).id("email-password")).setValue(TestAccounts.PASSWORD);
        test($(Button.class).id("change-email")).click();
    }
}
