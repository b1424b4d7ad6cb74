package org.guildhall.assessment.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.assessment.ConflictData;
import org.guildhall.assessment.domain.DeclaredConflict;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * One conflict of interest, bound to {@link ConflictData} by one {@link Binder}: who, and why. The service refuses
 * each problem on its field.
 */
final class ConflictForm extends Composite<FormLayout> {

    private final Binder<ConflictData> binder = new Binder<>(ConflictData.class);

    ConflictForm() {
        var email = new EmailField(getTranslation("assessment.conflict-form.email.label"));
        email.setId("conflict-email");
        // The service decides validity; the field's own check would overwrite its message.
        email.setManualValidation(true);
        var reason = new TextArea(getTranslation("assessment.conflict-form.reason.label"));
        reason.setId("conflict-reason");
        reason.setMaxLength(DeclaredConflict.MAX_REASON);
        // The service judges the address and says how to fix it; the field's own check has no message.
        binder.forField(email).withDefaultValidator(false).bind(ConflictData.OTHER_EMAIL);
        binder.forField(reason).bind(ConflictData.REASON);
        clear();
        getContent().add(email, reason);
    }

    /** The declaration as typed, or empty with what cannot be read shown on its field. */
    Optional<ConflictData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }

    /** Empty fields for the next declaration. */
    void clear() {
        binder.readRecord(new ConflictData("", ""));
    }
}
