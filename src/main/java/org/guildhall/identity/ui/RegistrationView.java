package org.guildhall.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;

/**
 * Self-registration of an applicant account. Every refused field says why beside the field, and what was typed
 * stays in the form.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Guildhall")
@AnonymousAllowed
final class RegistrationView extends Main {

    /** The answer to every accepted registration, also when the address had an account already (its owner is told). */
    static final String CHECK_YOUR_EMAIL = "Thank you. Check your email: we have sent a message to the address you "
            + "gave. Follow its link to confirm your address, then sign in here.";

    private final AccountService accounts;
    private final TextField fullName = new TextField("Full name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Repeat password");
    private final Button submit = new Button("Create account");
    private final Paragraph problem = new Paragraph();

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gh-auth-page");

        fullName.setId("full-name");
        fullName.setMaxLength(Account.MAX_NAME_LENGTH);
        fullName.setAutocomplete(Autocomplete.NAME);
        email.setId("email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        password.setId("password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A short sentence is easy to remember and hard to guess.");
        confirmation.setId("confirm-password");
        // The server decides validity; the fields' own checks would overwrite its messages.
        fullName.setManualValidation(true);
        email.setManualValidation(true);
        password.setManualValidation(true);
        confirmation.setManualValidation(true);
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> register());
        submit.addClickShortcut(Key.ENTER);
        problem.setId("registration-problem");
        problem.addClassName("gh-notice");
        problem.setVisible(false);

        var form = new FormLayout(fullName, email, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var signIn = new Paragraph("Already registered? ");
        signIn.add(new Anchor("login", "Sign in"));
        var card = new Div(LoginView.AuthPage.brandHeader(), new H2("Create an applicant account"),
                new Paragraph("Start here to apply for membership of the institute. "
                        + "You can save your application and come back to it."),
                form, submit, problem, signIn);
        card.addClassName("gh-auth-card");
        add(card);
    }

    private void register() {
        clearErrors();
        try {
            if (!password.getValue().equals(confirmation.getValue())) {
                showError(confirmation, "The two passwords differ. Type the same password twice.");
                return;
            }
            accounts.register(fullName.getValue(), email.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
        } catch (InvalidAccountDataException refused) {
            showErrors(refused.problems());
        } catch (TooManyRequestsException limited) {
            problem.setText(limited.getMessage());
            problem.setVisible(true);
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showErrors(Map<Field, String> problems) {
        problems.forEach((field, message) -> {
            switch (field) {
                case FULL_NAME -> showError(fullName, message);
                case EMAIL -> showError(email, message);
                case PASSWORD, CURRENT_PASSWORD -> showError(password, message);
            }
        });
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        problem.setVisible(false);
        for (var field : new HasValidation[] {fullName, email, password, confirmation}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
