package org.guildhall.assessment.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Rubric;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * The chair's decision, bound to {@link DecisionData} by one {@link Binder}: the outcome, the outcome on each
 * competency domain, the rationale for the record, the words for the candidate's letter. The service refuses each
 * problem on its field.
 */
final class DecisionForm extends Composite<FormLayout> {

    private final Binder<DecisionData> binder = new Binder<>(DecisionData.class);

    DecisionForm(Rubric rubric) {
        var outcome = new RadioButtonGroup<PanelOutcome>(getTranslation("assessment.decision.outcome.label"));
        outcome.setId("decision-outcome");
        outcome.setItems(PanelOutcome.values());
        outcome.setItemLabelGenerator(choice -> choice == null ? ""
                : getTranslation("assessment.decision.outcome." + choice.name().toLowerCase()));
        var rationale = new TextArea(getTranslation("assessment.decision.rationale.label"));
        rationale.setId("decision-rationale");
        rationale.setMaxLength(DecisionData.MAX_RATIONALE);
        var message = new TextArea(getTranslation("assessment.decision.message.label"));
        message.setId("decision-message");
        message.setMaxLength(DecisionData.MAX_MESSAGE);
        message.setHelperText(getTranslation("assessment.decision.message.helper"));
        binder.forField(outcome).asRequired(getTranslation("assessment.decision.outcome-needed"))
                .bind(DecisionData.OUTCOME);
        binder.forField(rationale).bind(DecisionData.RATIONALE);
        binder.forField(message).bind(DecisionData.MESSAGE_TO_CANDIDATE);
        var domains = new DomainVerdictsField(rubric);
        binder.forField(domains).bind(DecisionData.DOMAINS);
        binder.readRecord(DecisionData.blank(rubric));
        getContent().add(outcome, domains, rationale, message);
        getContent().setColspan(domains, 2);
        getContent().setColspan(rationale, 2);
        getContent().setColspan(message, 2);
    }

    /** The decision as entered, or empty with what cannot be read shown on its field. */
    Optional<DecisionData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
