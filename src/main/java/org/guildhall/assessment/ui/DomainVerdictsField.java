package org.guildhall.assessment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.Rubric;
import org.guildhall.shell.Translated;

/**
 * The panel's outcome on each competency domain (issue 20): Met or Not yet met, and feedback for the candidate,
 * one row per domain of the rubric. One field of the decision form, so its problem shows beneath it.
 */
final class DomainVerdictsField extends CustomField<List<DomainVerdict>> {

    private record Row(RadioButtonGroup<DomainResult> result, TextArea feedback) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    DomainVerdictsField(Rubric rubric) {
        setId("decision-domains");
        setLabel(getTranslation("assessment.decision.domains.label"));
        setHelperText(getTranslation("assessment.decision.domains.helper"));
        var list = new Div();
        list.addClassName("gh-domain-verdicts");
        for (var domain : rubric.domains()) {
            var result = new RadioButtonGroup<DomainResult>(Translated.text(domain.text()));
            result.setId("domain-result-" + domain.code());
            result.setItems(DomainResult.values());
            result.setItemLabelGenerator(choice -> choice == null ? "" : Translated.text(choice.text()));
            var feedback = new TextArea(getTranslation("assessment.decision.domains.feedback",
                    domain.text()));
            feedback.setId("domain-feedback-" + domain.code());
            feedback.setMaxLength(DomainVerdict.MAX_FEEDBACK);
            feedback.setWidthFull();
            // The field's value follows its parts at once, so the form reads what is shown.
            result.addValueChangeListener(changed -> updateValue());
            feedback.addValueChangeListener(changed -> updateValue());
            rows.put(domain.code(), new Row(result, feedback));
            list.add(result, feedback);
        }
        add(list);
    }

    @Override
    protected List<DomainVerdict> generateModelValue() {
        return rows.entrySet().stream().map(entry -> new DomainVerdict(entry.getKey(),
                entry.getValue().result().getValue(), entry.getValue().feedback().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<DomainVerdict> verdicts) {
        verdicts.forEach(verdict -> {
            var row = rows.get(verdict.domainCode());
            if (row != null) {
                row.result().setValue(verdict.result());
                row.feedback().setValue(verdict.feedback());
            }
        });
    }
}
