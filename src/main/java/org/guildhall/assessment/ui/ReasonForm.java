package org.guildhall.assessment.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.shell.FieldErrors;

/**
 * A reason the panel's history keeps (reopening a score, recusing oneself), bound to {@link ReasonData} by one
 * {@link Binder}; a blank reason is refused on the field.
 */
final class ReasonForm extends Composite<FormLayout> {

    /** What the form holds. */
    public record ReasonData(String reason) {

        public static final int MAX_REASON = 500;
        public static final String REASON = "reason";
    }

    private final Binder<ReasonData> binder = new Binder<>(ReasonData.class);

    ReasonForm(String label) {
        var reason = new TextArea(label);
        reason.setId("dialog-text");
        reason.setMaxLength(ReasonData.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        binder.forField(reason).withValidator(typed -> !typed.isBlank(), getTranslation("assessment.reason.needed"))
                .bind(ReasonData.REASON);
        binder.readRecord(new ReasonData(""));
        getContent().add(reason);
    }

    /** The reason as typed, or empty with the problem shown on the field. */
    Optional<String> value() {
        return FieldErrors.write(binder).map(ReasonData::reason);
    }
}
