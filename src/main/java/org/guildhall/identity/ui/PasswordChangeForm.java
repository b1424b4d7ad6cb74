package org.guildhall.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.PasswordChangeData;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/** A new password, bound to {@link PasswordChangeData} by one {@link Binder}; the policy is the service's. */
final class PasswordChangeForm extends Composite<FormLayout> {

    private final Binder<PasswordChangeData> binder = new Binder<>(PasswordChangeData.class);

    PasswordChangeForm() {
        var currentPassword = new PasswordField(getTranslation("identity.field.current-password"));
        currentPassword.setId("current-password");
        var password = new PasswordField(getTranslation("identity.field.new-password"));
        password.setId("new-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("identity.field.password.help", PasswordPolicy.MIN_LENGTH));
        binder.forField(currentPassword).bind(PasswordChangeData.CURRENT_PASSWORD);
        binder.forField(password).bind(PasswordChangeData.PASSWORD);
        clear();
        getContent().add(currentPassword, password);
    }

    /** The change as typed, or empty with what cannot be read shown on its field. */
    Optional<PasswordChangeData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }

    /** Empty fields once the password is changed: no password is left on the page. */
    void clear() {
        binder.readRecord(new PasswordChangeData("", ""));
    }
}
