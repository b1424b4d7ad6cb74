package org.guildhall.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.guildhall.shell.Translated;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidLinkException;

/**
 * Where an email-verification link leads: confirms a new account's address or completes an email change, or says
 * plainly that the link is no good.
 */
@Route(value = "verify-email", autoLayout = false)
@PageTitle("identity.verify.title")
@AnonymousAllowed
final class VerifyEmailView extends Main implements HasUrlParameter<String> {

    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;
    private final Paragraph outcome = new Paragraph();

    VerifyEmailView(AccountService accounts, AuthenticationContext authenticationContext) {
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        addClassName("gh-auth-page");
        outcome.setId("verify-outcome");
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2(getTranslation("identity.verify.title")), outcome,
                new Paragraph(new Anchor("login", getTranslation("identity.sign-in"))));
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        try {
            var account = accounts.verifyEmail(secret);
            outcome.setText(getTranslation("identity.verify.confirmed", account.email()));
            // A session opened under the previous address names an address the account no longer has.
            if (authenticationContext.getPrincipalName().filter(name -> !name.equals(account.email())).isPresent()) {
                authenticationContext.logout();
            }
        } catch (InvalidLinkException invalid) {
            outcome.setText(getTranslation("identity.verify.invalid", Translated.reasons(invalid)));
        }
    }
}
