package org.guildhall.cpd.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.cpd.HardshipDecisionData;
import org.guildhall.cpd.HardshipDetails;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * The registrar's decision on a hardship request, bound to {@link HardshipDecisionData} by one {@link Binder}: the
 * new last valid day (for an extension), the months paused (for a pause), and the note (the reason of a refusal).
 * Each decision's button asks the rules, which refuse on the field that decision reads.
 */
final class HardshipDecisionForm extends RecordForm<HardshipDecisionData> {

    HardshipDecisionForm(HardshipDetails request) {
        super(HardshipDecisionData.class);
        var validUntil = DateInputs.datePicker(getTranslation("cpd.hardship.decision.valid-until.label"));
        validUntil.setId("hardship-valid-until");
        validUntil.setHelperText(getTranslation("cpd.hardship.decision.valid-until.help", request.validUntil(),
                request.latestValidUntil()));
        var pausedMonths = new IntegerField(getTranslation("cpd.hardship.decision.paused-months.label"));
        pausedMonths.setId("hardship-paused-months");
        pausedMonths.setStepButtonsVisible(true);
        pausedMonths.setHelperText(getTranslation("cpd.hardship.decision.paused-months.help", request.required()));
        var note = new TextArea(getTranslation("cpd.hardship.decision.note.label"));
        note.setId("hardship-note");
        note.setMaxLength(HardshipDecisionData.MAX_NOTE);

        binder.forField(validUntil).bind(HardshipDecisionData.VALID_UNTIL);
        binder.forField(pausedMonths).bind(HardshipDecisionData.PAUSED_MONTHS);
        binder.forField(note).bind(HardshipDecisionData.NOTE);
        binder.readRecord(new HardshipDecisionData(null, request.suggestedPausedMonths(), ""));

        var form = getContent();
        form.add(validUntil, pausedMonths, note);
        form.setColspan(note, 2);
    }
}
