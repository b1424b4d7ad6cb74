package org.guildhall.identity.ui;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.InvalidAccountDataException.Field;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.identity.Role;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own profile: name, contact details, current employer and job title; a change of email
 * (which needs the password again); and a password change.
 */
@Route("profile")
@PageTitle("Your profile")
@PermitAll
final class ProfileView extends VerticalLayout {

    private final MyAccountService myAccount;
    private final TextField fullName = text("profile-name", "Full name", Account.MAX_NAME_LENGTH);
    private final TextField phone = text("profile-phone", "Phone", ProfileDetails.MAX_PHONE);
    private final TextArea postalAddress = new TextArea("Postal address");
    private final TextField employer = text("profile-employer", "Current employer", ProfileDetails.MAX_EMPLOYMENT);
    private final TextField jobTitle = text("profile-job-title", "Job title", ProfileDetails.MAX_EMPLOYMENT);
    private final EmailField newEmail = new EmailField("New email address");
    private final PasswordField emailPassword = new PasswordField("Current password");
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final Paragraph pendingEmail = new Paragraph();

    ProfileView(AccountService accounts, MyAccountService myAccount, Clock clock) {
        this.myAccount = myAccount;
        setId("profile");
        addClassName("gh-page");
        AccountSummary account = accounts.currentAccount();
        ProfileDetails profile = myAccount.currentProfile();

        fullName.setValue(profile.fullName());
        phone.setValue(orEmpty(profile.phone()));
        postalAddress.setId("profile-address");
        postalAddress.setMaxLength(ProfileDetails.MAX_ADDRESS);
        postalAddress.setValue(orEmpty(profile.postalAddress()));
        employer.setValue(orEmpty(profile.employer()));
        employer.setHelperText("Used to keep assessors with the same employer off your panels.");
        jobTitle.setValue(orEmpty(profile.jobTitle()));
        var save = primary("save-profile", "Save profile", this::saveProfile);

        var summary = new Paragraph(account.email() + " · " + account.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining(", ")) + " · account created "
                + Formats.date(account.createdAt(), clock.getZone()));
        summary.setId("profile-summary");

        newEmail.setId("new-email");
        newEmail.setMaxLength(EmailAddress.MAX_LENGTH);
        newEmail.setManualValidation(true);
        emailPassword.setId("email-password");
        emailPassword.setManualValidation(true);
        pendingEmail.setId("pending-email");
        pendingEmail.addClassName("gh-notice");
        showPendingEmail(myAccount.currentPendingEmail().orElse(null));
        var changeEmail = new Button("Change email", event -> changeEmail());
        changeEmail.setId("change-email");

        currentPassword.setId("current-password");
        currentPassword.setManualValidation(true);
        newPassword.setId("new-password");
        newPassword.setManualValidation(true);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        var changePassword = new Button("Change password", event -> changePassword());
        changePassword.setId("change-password");

        add(summary,
                new H2("Your details"), new FormLayout(fullName, phone, employer, jobTitle, postalAddress), save,
                new H2("Email address"),
                new Paragraph("You sign in with your email address. A new one takes over once you follow the link "
                        + "we email to it; we also tell your current address."),
                pendingEmail, new FormLayout(newEmail, emailPassword), changeEmail,
                new H2("Password"), new FormLayout(currentPassword, newPassword), changePassword);
    }

    private void saveProfile() {
        clearErrors(fullName, phone);
        try {
            myAccount.updateCurrentProfile(new ProfileDetails(fullName.getValue(), phone.getValue(),
                    postalAddress.getValue(), employer.getValue(), jobTitle.getValue()));
            Toast.success("Your profile is saved.");
        } catch (InvalidAccountDataException refused) {
            show(refused.problems(), Map.of(Field.FULL_NAME, fullName, Field.PHONE, phone));
        }
    }

    private void changeEmail() {
        clearErrors(newEmail, emailPassword);
        try {
            myAccount.changeCurrentEmail(newEmail.getValue(), emailPassword.getValue());
            // The same words whether or not another account uses the address.
            showPendingEmail(newEmail.getValue().strip());
            newEmail.clear();
            emailPassword.clear();
        } catch (InvalidAccountDataException refused) {
            show(refused.problems(), Map.of(Field.EMAIL, newEmail, Field.CURRENT_PASSWORD, emailPassword));
        } catch (TooManyRequestsException limited) {
            newEmail.setErrorMessage(limited.getMessage());
            newEmail.setInvalid(true);
        }
    }

    private void showPendingEmail(@Nullable String address) {
        pendingEmail.setVisible(address != null);
        if (address != null) {
            pendingEmail.setText("We have emailed a link to " + address + ". Your sign-in address changes to it "
                    + "when you follow that link; until then you sign in as before.");
        }
    }

    private void changePassword() {
        clearErrors(currentPassword, newPassword);
        try {
            myAccount.changeCurrentPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            Toast.success("Your password is changed.");
        } catch (InvalidAccountDataException refused) {
            show(refused.problems(), Map.of(Field.CURRENT_PASSWORD, currentPassword, Field.PASSWORD, newPassword));
        }
    }

    private static void show(Map<Field, String> problems, Map<Field, HasValidation> fields) {
        problems.forEach((field, message) -> {
            var target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
    }

    private static void clearErrors(HasValidation... fields) {
        for (var field : fields) {
            field.setInvalid(false);
        }
    }

    private static TextField text(String id, String label, int maxLength) {
        var field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setManualValidation(true);
        return field;
    }

    private static Button primary(String id, String text, Runnable action) {
        var button = new Button(text, event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
