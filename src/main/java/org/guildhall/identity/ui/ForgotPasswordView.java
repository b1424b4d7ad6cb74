package org.guildhall.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
@PageTitle("identity.forgot.title")
@AnonymousAllowed
final class ForgotPasswordView extends Main {

    static final String SENT = "identity.forgot.sent";

    ForgotPasswordView(AccountService accounts) {
        addClassName("gh-auth-page");
        var form = new ResetLinkForm();
        var answer = new Paragraph();
        answer.setId("reset-answer");
        answer.addClassName("gh-notice");
        answer.setVisible(false);
        var send = new Button(getTranslation("identity.forgot.send"), event -> form.value().ifPresent(typed -> {
            try {
                accounts.requestPasswordReset(typed.email());
                answer.setText(getTranslation(SENT));
                answer.setVisible(true);
            } catch (TooManyRequestsException limited) {
                answer.setVisible(false);
                form.show(limited);
            }
        }));
        send.setId("send-reset-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2(getTranslation("identity.forgot.heading")),
                new Paragraph(getTranslation("identity.forgot.intro")), form, send, answer,
                new Paragraph(new Anchor("login", getTranslation("identity.back-to-sign-in"))));
        card.addClassName("gh-auth-card");
        add(card);
    }
}
