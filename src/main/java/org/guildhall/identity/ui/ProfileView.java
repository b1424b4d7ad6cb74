package org.guildhall.identity.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own profile: name, contact details, current employer and job title; a change of email
 * (which needs the password again); and a password change. Each is its own form on one binder; the service's
 * refusals show on their fields.
 */
@Route("profile")
@PageTitle("Your profile")
@PermitAll
final class ProfileView extends VerticalLayout {

    private final MyAccountService myAccount;
    private final ProfileDetailsForm details;
    private final EmailChangeForm emailChange = new EmailChangeForm();
    private final PasswordChangeForm passwordChange = new PasswordChangeForm();
    private final Paragraph pendingEmail = new Paragraph();

    ProfileView(AccountService accounts, MyAccountService myAccount, Clock clock) {
        this.myAccount = myAccount;
        setId("profile");
        addClassName("gh-page");
        AccountSummary account = accounts.currentAccount();
        details = new ProfileDetailsForm(myAccount.currentProfile());
        var save = primary("save-profile", "Save profile", this::saveProfile);

        var summary = new Paragraph(account.email() + " · " + account.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining(", ")) + " · account created "
                + Formats.date(account.createdAt(), clock.getZone()));
        summary.setId("profile-summary");

        pendingEmail.setId("pending-email");
        pendingEmail.addClassName("gh-notice");
        showPendingEmail(myAccount.currentPendingEmail().orElse(null));
        var changeEmail = new Button("Change email", event -> changeEmail());
        changeEmail.setId("change-email");
        var changePassword = new Button("Change password", event -> changePassword());
        changePassword.setId("change-password");

        add(summary,
                new H2("Your details"), details, save,
                new H2("Email address"),
                new Paragraph("You sign in with your email address. A new one takes over once you follow the link "
                        + "we email to it; we also tell your current address."),
                pendingEmail, emailChange, changeEmail,
                new H2("Password"), passwordChange, changePassword);
    }

    private void saveProfile() {
        details.value().ifPresent(typed -> {
            try {
                myAccount.updateCurrentProfile(typed);
                Toast.success("Your profile is saved.");
            } catch (InvalidAccountDataException refused) {
                details.show(refused);
            }
        });
    }

    private void changeEmail() {
        emailChange.value().ifPresent(typed -> {
            try {
                myAccount.changeCurrentEmail(typed);
                // The same words whether or not another account uses the address.
                showPendingEmail(typed.email().strip());
                emailChange.clear();
            } catch (InvalidAccountDataException refused) {
                emailChange.show(refused);
            } catch (TooManyRequestsException limited) {
                Toast.error(limited);
            }
        });
    }

    private void showPendingEmail(@Nullable String address) {
        pendingEmail.setVisible(address != null);
        if (address != null) {
            pendingEmail.setText("We have emailed a link to " + address + ". Your sign-in address changes to it "
                    + "when you follow that link; until then you sign in as before.");
        }
    }

    private void changePassword() {
        passwordChange.value().ifPresent(typed -> {
            try {
                myAccount.changeCurrentPassword(typed);
                passwordChange.clear();
                Toast.success("Your password is changed.");
            } catch (InvalidAccountDataException refused) {
                passwordChange.show(refused);
            }
        });
    }

    private static Button primary(String id, String text, Runnable action) {
        var button = new Button(text, event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
