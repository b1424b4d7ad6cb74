package org.guildhall.assessment.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.assessment.AssessorOption;
import org.guildhall.shell.FieldErrors;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * Who takes a recused assessor's seat, bound to {@link ReplacementData} by one {@link Binder}: the assessor and,
 * for one with a conflict, the reason the registrar keeps them anyway.
 */
final class ReplacementForm extends Composite<FormLayout> {

    /** What the form holds; the reason matters only for a conflicted assessor. */
    public record ReplacementData(@Nullable AssessorOption assessor, String overrideReason) {

        public static final int MAX_REASON = 500;
        public static final String ASSESSOR = "assessor";
        public static final String OVERRIDE_REASON = "overrideReason";
    }

    private final Binder<ReplacementData> binder = new Binder<>(ReplacementData.class);

    ReplacementForm(List<AssessorOption> options) {
        var assessor = new Select<AssessorOption>();
        assessor.setId("replacement");
        assessor.setLabel(getTranslation("assessment.replace.assessor.label"));
        assessor.setItems(options);
        assessor.setItemLabelGenerator(option -> option == null ? "" : option.conflicted()
                ? getTranslation("assessment.replace.option.conflicted", option.name(), option.openPanels(),
                        Translated.text(option.conflicts().getFirst().detail()))
                : getTranslation("assessment.replace.option", option.name(), option.openPanels()));
        var reason = new TextField(getTranslation("assessment.replace.reason.label"));
        reason.setId("replacement-reason");
        reason.setMaxLength(ReplacementData.MAX_REASON);
        reason.setVisible(false);
        assessor.addValueChangeListener(e -> reason.setVisible(e.getValue() != null && e.getValue().conflicted()));
        binder.forField(assessor).asRequired(getTranslation("assessment.replace.assessor.needed"))
                .bind(ReplacementData.ASSESSOR);
        binder.forField(reason).bind(ReplacementData.OVERRIDE_REASON);
        binder.readRecord(new ReplacementData(null, ""));
        getContent().add(assessor, reason);
        getContent().setColspan(assessor, 2);
        getContent().setColspan(reason, 2);
    }

    /** The choice as made, or empty with the problem shown on its field. */
    Optional<ReplacementData> value() {
        return FieldErrors.write(binder);
    }
}
