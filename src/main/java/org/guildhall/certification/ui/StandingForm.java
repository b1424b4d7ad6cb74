package org.guildhall.certification.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingDetails;
import org.guildhall.certification.StandingReason;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * The registrar's reasons for suspending or revoking a certification, bound to {@link StandingData} by one
 * {@link Binder}; the standing's rules check them and each problem shows on its field.
 */
final class StandingForm extends RecordForm<StandingData> {

    StandingForm(LocalDate today) {
        super(StandingData.class);
        var reason = new Select<StandingReason>();
        reason.setId("standing-reason");
        reason.setLabel(getTranslation("certification.standing.reason.label"));
        reason.setItems(StandingReason.values());
        reason.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.publicWordsKey()));
        var until = DateInputs.datePicker(getTranslation("certification.standing.until.label"));
        until.setId("standing-until");
        until.setMin(today.plusDays(1));
        var explanation = new TextArea(getTranslation("certification.standing.explanation.label"));
        explanation.setId("standing-explanation");
        explanation.setMaxLength(StandingDetails.MAX_EXPLANATION_LENGTH);
        explanation.setHelperText(getTranslation("certification.standing.explanation.helper"));

        binder.forField(reason).asRequired(getTranslation("certification.standing.reason-needed"))
                .bind(StandingData.REASON);
        binder.forField(explanation).asRequired(getTranslation("certification.standing.explanation-needed"))
                .bind(StandingData.EXPLANATION);
        binder.forField(until).bind(StandingData.UNTIL);
        clear();

        var form = getContent();
        form.add(reason, until, explanation);
        form.setColspan(explanation, 2);
    }

    void clear() {
        binder.readRecord(new StandingData(null, "", null));
    }
}
