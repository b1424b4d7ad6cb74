package org.guildhall.identity.ui;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.domain.PasswordPolicy;
import org.guildhall.shell.RecordForm;

/**
 * The new password chosen through a reset link, bound to {@link NewPassword} by one {@link Binder}; the password
 * policy is the service's and a weak password is refused on the field.
 */
final class NewPasswordForm extends RecordForm<NewPasswordForm.NewPassword> {

    /** What the form holds; the component is named as the account rules name the password field. */
    public record NewPassword(String password) {

        public static final String PASSWORD = InvalidAccountDataException.Field.PASSWORD.component();
    }

    NewPasswordForm() {
        super(NewPassword.class);
        var password = new PasswordField(getTranslation("identity.field.new-password"));
        password.setId("new-password");
        password.setWidthFull();
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("identity.field.password.help", PasswordPolicy.MIN_LENGTH));
        binder.forField(password).bind(NewPassword.PASSWORD);
        binder.readRecord(new NewPassword(""));
        getContent().add(password);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1));
    }
}
