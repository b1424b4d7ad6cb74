package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The reset request never tells a visitor whether an address is registered. */
@IntegrationTest
@WithAnonymousUser
class PasswordResetViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @Test
    void a_known_and_an_unknown_address_get_the_same_answer() {
        var known = accounts.register("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD);

        assertThat(answerFor(known.email())).isEqualTo(ForgotPasswordView.SENT);
        assertThat(answerFor(TestAccounts.uniqueEmail("stranger"))).isEqualTo(ForgotPasswordView.SENT);
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
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("reset-email")).setValue(email);
        test($(Button.class).id("send-reset-link")).click();
        return $(Paragraph.class).id("reset-answer").getText();
    }
}
