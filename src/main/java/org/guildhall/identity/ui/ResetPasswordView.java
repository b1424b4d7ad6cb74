package org.guildhall.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.shell.Translated;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.InvalidLinkException;

/** Where a password-reset link leads: choose a new password; the link is then used up. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("identity.reset.title")
@AnonymousAllowed
final class ResetPasswordView extends Main implements HasUrlParameter<String> {

    private final AccountService accounts;
    private final NewPasswordForm form = new NewPasswordForm();
    private final Paragraph problem = new Paragraph();
    private String secret = "";

    ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gh-auth-page");
        problem.setId("reset-problem");
        problem.setVisible(false);
        var save = new Button(getTranslation("identity.reset.save"), event -> save());
        save.setId("save-new-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2(getTranslation("identity.reset.title")), form, save, problem,
                new Paragraph(new Anchor("forgot-password", getTranslation("identity.reset.new-link"))));
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        this.secret = secret;
    }

    private void save() {
        form.value().ifPresent(typed -> save(typed.password()));
    }

    private void save(String password) {
        try {
            accounts.resetPassword(secret, password);
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
        } catch (InvalidAccountDataException weak) {
            form.show(weak);
        } catch (InvalidLinkException expired) {
            problem.setText(getTranslation("identity.reset.expired", Translated.reasons(expired)));
            problem.setVisible(true);
        }
    }
}
