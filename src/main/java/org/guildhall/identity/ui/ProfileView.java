package org.guildhall.identity.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.Role;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shell.Formats;

/** The signed-in person's own account: their name, their roles, and a password change. */
@Route("profile")
@PageTitle("Your profile")
@PermitAll
final class ProfileView extends VerticalLayout {

    private final AccountService accounts;
    private final TextField fullName = new TextField("Full name");
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");

    ProfileView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        setId("profile");
        addClassName("gh-page");
        AccountSummary account = accounts.currentAccount();

        var email = readOnly("Email", account.email());
        var roles = readOnly("Roles", account.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining(", ")));
        var since = readOnly("Account created", Formats.date(account.createdAt(), clock.getZone()));
        fullName.setId("profile-name");
        fullName.setValue(account.fullName());
        fullName.setMaxLength(Account.MAX_NAME_LENGTH);
        fullName.setManualValidation(true);
        var save = new Button("Save name", event -> rename());
        save.setId("save-name");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var details = new FormLayout(fullName, email, roles, since);

        currentPassword.setId("current-password");
        currentPassword.setManualValidation(true);
        newPassword.setId("new-password");
        newPassword.setManualValidation(true);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        var change = new Button("Change password", event -> changePassword());
        change.setId("change-password");

        add(new H3("Your details"), details, save, new H3("Password"), new FormLayout(currentPassword, newPassword),
                change);
    }

    private static TextField readOnly(String label, String value) {
        var field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    private void rename() {
        try {
            accounts.renameCurrentAccount(fullName.getValue());
            fullName.setInvalid(false);
            notify("Your name is saved.");
        } catch (InvalidAccountDataException refused) {
            fullName.setErrorMessage(refused.getMessage());
            fullName.setInvalid(true);
        }
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        try {
            accounts.changeCurrentPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            notify("Your password is changed.");
        } catch (InvalidAccountDataException refused) {
            refused.problems().forEach((field, message) -> {
                var target = field == InvalidAccountDataException.Field.CURRENT_PASSWORD ? currentPassword : newPassword;
                target.setErrorMessage(message);
                target.setInvalid(true);
            });
        }
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
