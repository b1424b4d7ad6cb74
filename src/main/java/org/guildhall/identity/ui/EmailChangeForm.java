package org.guildhall.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.EmailChangeData;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/** The move to another sign-in address, bound to {@link EmailChangeData} by one {@link Binder}. */
final class EmailChangeForm extends Composite<FormLayout> {

    private final Binder<EmailChangeData> binder = new Binder<>(EmailChangeData.class);

    EmailChangeForm() {
        var email = new EmailField(getTranslation("identity.field.new-email"));
        email.setId("new-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        // The service decides validity; the field's own check would overwrite its message.
        email.setManualValidation(true);
        var currentPassword = new PasswordField(getTranslation("identity.field.current-password"));
        currentPassword.setId("email-password");
        // The service judges the address and says how to fix it; the field's own check has no message.
        binder.forField(email).withDefaultValidator(false).bind(EmailChangeData.EMAIL);
        binder.forField(currentPassword).bind(EmailChangeData.CURRENT_PASSWORD);
        clear();
        getContent().add(email, currentPassword);
    }

    /** The change as typed, or empty with what cannot be read shown on its field. */
    Optional<EmailChangeData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }

    /** Empty fields once the request is made: the password is not left on the page. */
    void clear() {
        binder.readRecord(new EmailChangeData("", ""));
    }
}
