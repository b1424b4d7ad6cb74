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
        var fullName = new TextField(getTranslation("identity.field.full-name"));
        fullName.setId("full-name");
        fullName.setMaxLength(Account.MAX_NAME_LENGTH);
        fullName.setAutocomplete(Autocomplete.NAME);
        var email = new EmailField(getTranslation("identity.field.email"));
        email.setId("email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        var password = new PasswordField(getTranslation("identity.field.password"));
        password.setId("password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("identity.field.password.new-help", PasswordPolicy.MIN_LENGTH));
        var repeatedPassword = new PasswordField(getTranslation("identity.field.repeat-password"));
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
                        getTranslation("identity.password.differ"))
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
