package org.guildhall.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.TooManyRequestsException;

/**
 * Asks for a password-reset link. The answer is the same whether or not the address has an account, so the page
 * cannot be used to find out who is registered.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgotten password · Guildhall")
@AnonymousAllowed
final class ForgotPasswordView extends Main {

    static final String SENT = "If an account uses this address, we have emailed it a link to choose a new password. "
            + "The link works once, within an hour; asking again makes earlier links stop working.";

    ForgotPasswordView(AccountService accounts) {
        addClassName("gh-auth-page");
        var email = new EmailField("Email");
        email.setId("reset-email");
        email.setWidthFull();
        email.setManualValidation(true);
        var answer = new Paragraph();
        answer.setId("reset-answer");
        answer.addClassName("gh-notice");
        answer.setVisible(false);
        var send = new Button("Email me a link", event -> {
            email.setInvalid(false);
            try {
                accounts.requestPasswordReset(email.getValue());
                answer.setText(SENT);
                answer.setVisible(true);
            } catch (TooManyRequestsException limited) {
                answer.setVisible(false);
                email.setErrorMessage(limited.getMessage());
                email.setInvalid(true);
            }
        });
        send.setId("send-reset-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2("Forgotten your password?"),
                new Paragraph("Enter the address you sign in with."), email, send, answer,
                new Paragraph(new Anchor("login", "Back to sign in")));
        card.addClassName("gh-auth-card");
        add(card);
    }
}
