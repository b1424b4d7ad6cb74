package org.guildhall.membership.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.guildhall.membership.CategoryVerdict;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EligibilityPolicy;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.StudyMode;
import org.guildhall.shell.Translated;

/**
 * The eligibility questions (seed 000) beside a live verdict for every membership category. Used by the
 * eligibility check and by the application form.
 */
final class EligibilityQuestionnaire extends Composite<Div> {

    private final RadioButtonGroup<StudyMode> study = new RadioButtonGroup<>(getTranslation("membership.questions.studying"));
    private final Checkbox degreeProgramme = question("degree-programme", "membership.questions.degree-programme");
    private final Checkbox bachelors = question("bachelors", "membership.questions.bachelors");
    private final Checkbox everLicensed = question("ever-licensed", "membership.questions.ever-licensed");
    private final Checkbox pathway = question("pathway", "membership.questions.pathway");
    private final Checkbox foreignLicence = question("foreign-licence", "membership.questions.foreign-licence");
    private final Checkbox committee = question("committee", "membership.questions.committee");
    private final Checkbox consulting = question("consulting", "membership.questions.consulting");
    private final CheckboxGroup<EmploymentSituation> employment = new CheckboxGroup<>(getTranslation("membership.questions.employment"));
    private final Div verdicts = new Div();
    private final List<Runnable> changeListeners = new ArrayList<>();

    EligibilityQuestionnaire() {
        study.setId("study-mode");
        study.setItems(StudyMode.values());
        study.setItemLabelGenerator(mode -> getTranslation(switch (mode) {
            case NOT_STUDYING -> "membership.questions.study.no";
            case FULL_TIME -> "membership.questions.study.full-time";
            case PART_TIME -> "membership.questions.study.part-time";
        }));
        study.setValue(StudyMode.NOT_STUDYING);
        study.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        employment.setId("employment");
        employment.setItems(EmploymentSituation.values());
        employment.setItemLabelGenerator(situation -> capitalised(getTranslation(situation.key())));
        employment.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);

        var questions = new Div(new H3(getTranslation("membership.questions.situation")), study, degreeProgramme, bachelors, everLicensed, pathway,
                new H3(getTranslation("membership.questions.associate-grounds")), foreignLicence, committee, consulting,
                new H3(getTranslation("membership.questions.employment-heading")), employment);
        questions.addClassName("gh-questions");
        verdicts.setId("verdicts");
        verdicts.addClassName("gh-verdicts");
        getContent().add(questions, verdicts);
        getContent().addClassName("gh-two-columns");

        study.addValueChangeListener(event -> changed());
        employment.addValueChangeListener(event -> changed());
        for (var box : checkboxes()) {
            box.addValueChangeListener(event -> changed());
        }
        refreshVerdicts();
    }

    EligibilityAnswers getAnswers() {
        var situations = employment.getValue().isEmpty() ? EnumSet.noneOf(EmploymentSituation.class)
                : EnumSet.copyOf(employment.getValue());
        return new EligibilityAnswers(study.getValue(), degreeProgramme.getValue(), bachelors.getValue(),
                everLicensed.getValue(), pathway.getValue(), foreignLicence.getValue(), committee.getValue(),
                consulting.getValue(), situations);
    }

    void setAnswers(EligibilityAnswers answers) {
        study.setValue(answers.studyMode());
        degreeProgramme.setValue(answers.enrolledInDegreeProgramme());
        bachelors.setValue(answers.holdsBachelorsDegree());
        everLicensed.setValue(answers.everLicensedCrm());
        pathway.setValue(answers.pursuingInstitutePathway());
        foreignLicence.setValue(answers.holdsForeignCrmLicence());
        committee.setValue(answers.servesOnCommitteeAsCrmApplicant());
        consulting.setValue(answers.worksInConsultingLegalGovernmentOrBanking());
        employment.setValue(answers.employment());
        refreshVerdicts();
    }

    void setReadOnly(boolean readOnly) {
        study.setReadOnly(readOnly);
        employment.setReadOnly(readOnly);
        for (var box : checkboxes()) {
            box.setReadOnly(readOnly);
        }
    }

    /** The answer fields themselves, for watching what the user changes. */
    HasValue<?, ?>[] inputs() {
        var inputs = new ArrayList<HasValue<?, ?>>(List.of(study, employment));
        inputs.addAll(List.of(checkboxes()));
        return inputs.toArray(HasValue<?, ?>[]::new);
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        refreshVerdicts();
        changeListeners.forEach(Runnable::run);
    }

    private void refreshVerdicts() {
        verdicts.removeAll();
        EligibilityPolicy.evaluate(getAnswers()).forEach(verdict -> verdicts.add(verdictCard(verdict)));
    }

    private Checkbox[] checkboxes() {
        return new Checkbox[] {degreeProgramme, bachelors, everLicensed, pathway, foreignLicence, committee,
                consulting};
    }

    /** One category's verdict: "You qualify" (with anything still needed) or every condition not met. */
    static Div verdictCard(CategoryVerdict verdict) {
        var ui = UI.getCurrent();
        var outcome = new Span(ui.getTranslation(verdict.qualifies() ? "membership.verdict.qualify"
                : "membership.verdict.not-eligible"));
        outcome.addClassNames("gh-badge", verdict.qualifies() ? "gh-badge-yes" : "gh-badge-no");
        outcome.setId("outcome-" + verdict.category().name().toLowerCase());
        var card = new Div(new H3(ui.getTranslation(verdict.category().key())), outcome);
        card.addClassNames("gh-card", "gh-verdict");
        var reasons = verdict.qualifies()
                ? verdict.provisos().stream().map(p -> ui.getTranslation("membership.verdict.still-needed",
                        Translated.text(p))).toList()
                : verdict.unmetConditions().stream().map(unmet -> ui.getTranslation("membership.verdict.unmet",
                        capitalised(Translated.text(unmet)))).toList();
        if (!reasons.isEmpty()) {
            var list = new UnorderedList();
            reasons.forEach(reason -> list.add(new ListItem(reason)));
            list.setId("reasons-" + verdict.category().name().toLowerCase());
            card.add(list);
        }
        return card;
    }

    private Checkbox question(String id, String labelKey) {
        var box = new Checkbox(getTranslation(labelKey));
        box.setId(id);
        return box;
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
