package org.guildhall.assessment.ui;

import java.util.List;
import java.util.function.Function;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.guildhall.assessment.QualificationData;
import org.guildhall.assessment.domain.AssessorQualification;
import org.guildhall.identity.AccountSummary;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * The registrar's qualification of an assessor, bound to {@link QualificationData} by one {@link Binder}: who, for
 * which designation, and why. The service refuses each problem on its field.
 */
final class QualificationForm extends Composite<FormLayout> {

    private final Binder<QualificationData> binder = new Binder<>(QualificationData.class);

    /** @param assessorsMatching the assessors whose name or email matches what the registrar types */
    QualificationForm(Function<String, List<AccountSummary>> assessorsMatching, List<String> designationCodes) {
        var assessor = new ComboBox<AccountSummary>(getTranslation("assessment.qualify.assessor.label"));
        assessor.setId("qualify-assessor");
        // Looked up as the registrar types: the institute may have more assessors than one list should hold.
        assessor.setItems(query -> assessorsMatching.apply(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        assessor.setItemLabelGenerator(a -> a.fullName() + " (" + a.email() + ")");
        var designation = new Select<String>();
        designation.setLabel(getTranslation("assessment.qualify.designation.label"));
        designation.setId("qualify-designation");
        designation.setItems(designationCodes);
        designation.setEmptySelectionAllowed(true);
        var note = new TextArea(getTranslation("assessment.qualify.note.label"));
        note.setId("qualify-note");
        note.setMaxLength(AssessorQualification.MAX_NOTE);
        binder.forField(assessor).withConverter(Converter.<AccountSummary, Long>from(
                        chosen -> Result.ok(chosen == null ? null : chosen.id()),
                        id -> id != null && assessor.getValue() != null && assessor.getValue().id() == id
                                ? assessor.getValue() : null))
                .bind(QualificationData.ASSESSOR);
        binder.forField(designation).bind(QualificationData.DESIGNATION);
        binder.forField(note).bind(QualificationData.NOTE);
        clear();
        getContent().add(assessor, designation, note);
        getContent().setColspan(note, 2);
    }

    /** The qualification as entered, or empty with what cannot be read shown on its field. */
    Optional<QualificationData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }

    void clear() {
        binder.readRecord(new QualificationData(null, null, ""));
    }
}
