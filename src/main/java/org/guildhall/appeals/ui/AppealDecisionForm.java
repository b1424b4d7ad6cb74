package org.guildhall.appeals.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.appeals.AppealDecisionData;
import org.guildhall.appeals.AppealOutcome;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;

/** The appeal panel chair's decision over {@link AppealDecisionData}: the outcome and the reasons. */
final class AppealDecisionForm extends RecordForm<AppealDecisionData> {

    AppealDecisionForm() {
        super(AppealDecisionData.class);
        var outcome = new RadioButtonGroup<AppealOutcome>(getTranslation("appeals.decision-form.outcome.label"));
        outcome.setId("appeal-outcome");
        outcome.setItems(AppealOutcome.values());
        outcome.setItemLabelGenerator(item -> Translated.text(item.text()));
        var reasons = new TextArea(getTranslation("appeals.decision-form.reasons.label"));
        reasons.setId("appeal-reasons");
        reasons.setHelperText(getTranslation("appeals.decision-form.reasons.help"));
        reasons.setMaxLength(AppealDecisionData.MAX_REASONS);
        binder.forField(outcome).bind(AppealDecisionData.OUTCOME);
        binder.forField(reasons).bind(AppealDecisionData.REASONS);
        binder.readRecord(new AppealDecisionData(null, ""));
        getContent().add(outcome, reasons);
        getContent().setColspan(reasons, 2);
    }
}
