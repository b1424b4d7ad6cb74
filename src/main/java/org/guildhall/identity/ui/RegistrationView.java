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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.guildhall.shell.Translated;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.TooManyRequestsException;

/**
 * Self-registration of an applicant account. Every refused field says why beside the field, and what was typed
 * stays in the form.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("identity.register.title")
@AnonymousAllowed
final class RegistrationView extends Main {

    /** The answer to every accepted registration, also when the address had an account already (its owner is told). */
    static final String CHECK_YOUR_EMAIL = "identity.register.check-email";

    private final AccountService accounts;
    private final RegistrationForm form = new RegistrationForm();
    private final Button submit = new Button();
    private final Paragraph problem = new Paragraph();

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("gh-auth-page");

        submit.setText(getTranslation("identity.register.submit"));
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> register());
        submit.addClickShortcut(Key.ENTER);
        problem.setId("registration-problem");
        problem.addClassName("gh-notice");
        problem.setVisible(false);

        var signIn = new Paragraph(getTranslation("identity.register.already") + " ");
        signIn.add(new Anchor("login", getTranslation("identity.sign-in")));
        var card = new Div(LoginView.AuthPage.languageSwitch(), LoginView.AuthPage.brandHeader(),
                new H2(getTranslation("identity.register.heading")),
                new Paragraph(getTranslation("identity.register.intro")),
                form, submit, problem, signIn);
        card.addClassName("gh-auth-card");
        add(card);
    }

    private void register() {
        problem.setVisible(false);
        try {
            form.value().ifPresent(typed -> {
                accounts.register(typed.fullName(), typed.email(), typed.password());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
            });
        } catch (InvalidAccountDataException refused) {
            form.show(refused);
        } catch (TooManyRequestsException limited) {
            problem.setText(Translated.reasons(limited));
            problem.setVisible(true);
        } finally {
            submit.setEnabled(true);
        }
    }
}
