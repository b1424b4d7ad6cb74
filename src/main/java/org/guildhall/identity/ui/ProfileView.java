package org.guildhall.identity.ui;

import java.time.Clock;
import java.util.Locale;
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
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shell.Formats;
import org.guildhall.shell.LanguageSelect;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own profile: name, contact details, current employer and job title; a change of email
 * (which needs the password again); and a password change. Each is its own form on one binder; the service's
 * refusals show on their fields.
 */
@Route("profile")
@PageTitle("identity.profile.title")
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
        var save = primary("save-profile", getTranslation("identity.profile.save"), this::saveProfile);

        var summary = new Paragraph(getTranslation("identity.profile.summary", account.email(),
                account.roles().stream().map(role -> getTranslation(IdentityTexts.roleKey(role))).sorted()
                        .collect(Collectors.joining(", ")),
                Formats.date(account.createdAt(), clock.getZone())));
        summary.setId("profile-summary");

        pendingEmail.setId("pending-email");
        pendingEmail.addClassName("gh-notice");
        showPendingEmail(myAccount.currentPendingEmail().orElse(null));
        var changeEmail = new Button(getTranslation("identity.profile.change-email"), event -> changeEmail());
        changeEmail.setId("change-email");
        var changePassword = new Button(getTranslation("identity.profile.change-password"), event -> changePassword());
        changePassword.setId("change-password");

        var language = LanguageSelect.create("profile-language", this::chooseLanguage);
        language.setHelperText(getTranslation("identity.profile.language.help"));

        add(summary,
                new H2(getTranslation("identity.profile.details")), details, save,
                new H2(getTranslation("shell.language.label")), language,
                new H2(getTranslation("identity.profile.email")),
                new Paragraph(getTranslation("identity.profile.email.help")),
                pendingEmail, emailChange, changeEmail,
                new H2(getTranslation("identity.profile.password")), passwordChange, changePassword);
    }

    private void saveProfile() {
        details.value().ifPresent(typed -> {
            try {
                myAccount.updateCurrentProfile(typed);
                Toast.success(getTranslation("identity.profile.saved"));
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
            pendingEmail.setText(getTranslation("identity.profile.email.pending", address));
        }
    }

    private void changePassword() {
        passwordChange.value().ifPresent(typed -> {
            try {
                myAccount.changeCurrentPassword(typed);
                passwordChange.clear();
                Toast.success(getTranslation("identity.profile.password.changed"));
            } catch (InvalidAccountDataException refused) {
                passwordChange.show(refused);
            }
        });
    }

    /** Kept on the account for the next sign-in and the emails, and the portal switches to it at once. */
    private void chooseLanguage(Locale chosen) {
        Locale kept = myAccount.chooseCurrentLanguage(chosen);
        LanguageSelect.apply(kept);
        Toast.success(getTranslation("identity.profile.language.saved"));
    }

    private static Button primary(String id, String text, Runnable action) {
        var button = new Button(text, event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
