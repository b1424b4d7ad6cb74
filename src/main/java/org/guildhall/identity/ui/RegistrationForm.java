package org.guildhall.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.RegistrationData;
import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * The fields of a new applicant account, bound to {@link RegistrationData} by one {@link Binder}. The account rules
 * (name, address, password strength) are the service's, shown on their fields ({@link InvalidAccountDataException});
 * the form itself only checks that the password was typed the same twice, which the service never sees.
 */
final class RegistrationForm extends Composite<FormLayout> {

    private final Binder<RegistrationData> binder = new Binder<>(RegistrationData.class);

    RegistrationForm() {
        var fullName = new TextField("Full name");
        fullName.setId("full-name");
        fullName.setMaxLength(Account.MAX_NAME_LENGTH);
        fullName.setAutocomplete(Autocomplete.NAME);
        var email = new EmailField("Email");
        email.setId("email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        var password = new PasswordField("Password");
        password.setId("password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. A short sentence is easy to remember and hard to guess.");
        var repeatedPassword = new PasswordField("Repeat password");
        repeatedPassword.setId("confirm-password");
        // The service decides validity; the fields' own checks would overwrite its messages.
        fullName.setManualValidation(true);
        email.setManualValidation(true);
        password.setManualValidation(true);
        repeatedPassword.setManualValidation(true);

        binder.forField(fullName).bind(RegistrationData.FULL_NAME);
        // The service judges the address and says how to fix it; the field's own check has no message.
        binder.forField(email).withDefaultValidator(false).bind(RegistrationData.EMAIL);
        binder.forField(password).bind(RegistrationData.PASSWORD);
        binder.forField(repeatedPassword)
                .withValidator(repeat -> repeat.equals(password.getValue()),
                        "The two passwords differ. Type the same password twice.")
                .bind(RegistrationData.REPEATED_PASSWORD);
        binder.readRecord(new RegistrationData("", "", "", ""));

        getContent().add(fullName, email, password, repeatedPassword);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** The registration as typed, or empty with what is wrong shown on its field. */
    Optional<RegistrationData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
