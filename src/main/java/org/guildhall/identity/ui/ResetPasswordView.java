package org.guildhall.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.InvalidLinkException;
import org.guildhall.identity.domain.PasswordPolicy;

/** Where a password-reset link leads: choose a new password; the link is then used up. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Guildhall")
@AnonymousAllowed
final class ResetPasswordView extends Main implements HasUrlParameter<String> {

    private final AccountService accounts;
    private final PasswordField password = new PasswordField("New password");
    private final Paragraph problem = new Paragraph();
    private String secret = "";

    ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gh-auth-page");
        password.setId("new-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        problem.setId("reset-problem");
        problem.setVisible(false);
        var save = new Button("Save new password", event -> save());
        save.setId("save-new-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2("Choose a new password"), password, save, problem,
                new Paragraph(new Anchor("forgot-password", "Ask for a new link")));
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        this.secret = secret;
    }

    private void save() {
        password.setInvalid(false);
        try {
            accounts.resetPassword(secret, password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
        } catch (InvalidAccountDataException weak) {
            password.setErrorMessage(weak.getMessage());
            password.setInvalid(true);
        } catch (InvalidLinkException expired) {
            problem.setText(expired.getMessage() + " Ask for a new one.");
            problem.setVisible(true);
        }
    }
}
