package org.guildhall.cpd.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.shared.Refused;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.cpd.domain.CpdClaim;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.FieldErrors;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one CPD activity, bound to {@link CpdActivityData} by one {@link Binder}: the category (its rule in
 * one sentence under the choice), the kind, what, who, when and how long, the questions only some categories ask,
 * and the evidence. The rules are the domain's ({@link CpdClaim}); the service's refusal shows each problem on its
 * field ({@link FieldErrors}).
 */
final class CpdActivityFields extends Composite<FormLayout> {

    private final CpdRulebook rules;
    private final Binder<CpdActivityData> binder = new Binder<>(CpdActivityData.class);
    private final Select<CpdCategory> category = new Select<>();
    private final Paragraph rule = new Paragraph();
    private final Select<CpdActivityType> type = new Select<>();
    private final TextField title = new TextField(getTranslation("cpd.form.title.label"));
    private final TextField provider = new TextField(getTranslation("cpd.form.provider.label"));
    private final DatePicker startsOn = DateInputs.datePicker(getTranslation("cpd.form.starts.label"));
    private final DatePicker endsOn = DateInputs.datePicker(getTranslation("cpd.form.ends.label"));
    private final BigDecimalField hours = new BigDecimalField(getTranslation("cpd.form.hours.label"));
    private final BigDecimalField excludedHours = new BigDecimalField(getTranslation("cpd.form.excluded.label"));
    private final TextField audience = new TextField(getTranslation("cpd.form.audience.label"));
    private final Checkbox independent = new Checkbox(getTranslation("cpd.form.independent.label"));
    private final TextArea description = new TextArea(getTranslation("cpd.form.description.label"));
    private final DocumentUploadField evidence;

    CpdActivityFields(CpdRulebook rules, DocumentService documents, DocumentUploadField evidence,
            LocalDate today) {
        this.rules = rules;
        this.evidence = evidence;
        configure(today);
        bind(documents);
        var form = getContent();
        form.add(category, rule, type, title, provider, startsOn, endsOn, hours, excludedHours, audience,
                independent, description, evidence);
        form.setColspan(rule, 2);
        form.setColspan(description, 2);
        form.setColspan(evidence, 2);
        form.setColspan(independent, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        showCategory(null);
    }

    private void configure(LocalDate today) {
        category.setId("activity-category");
        category.setLabel(getTranslation("cpd.form.category.label"));
        category.setItems(CpdCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.labelKey()));
        category.addValueChangeListener(change -> showCategory(change.getValue()));
        rule.setId("category-rule");
        rule.addClassName("gh-rule");
        type.setId("activity-type");
        type.setLabel(getTranslation("cpd.form.type.label"));
        type.setItemLabelGenerator(choice -> choice == null ? "" : Translated.text(choice.choiceLabel()));
        title.setId("activity-title-field");
        title.setMaxLength(CpdClaim.MAX_TEXT);
        provider.setId("activity-provider");
        provider.setMaxLength(CpdClaim.MAX_TEXT);
        provider.setHelperText(getTranslation("cpd.form.provider.helper"));
        startsOn.setId("activity-starts");
        endsOn.setId("activity-ends");
        endsOn.setHelperText(getTranslation("cpd.form.ends.helper"));
        startsOn.setMax(today);
        endsOn.setMax(today);
        startsOn.addValueChangeListener(change -> {
            if (change.getValue() != null && endsOn.getValue() == null) {
                endsOn.setValue(change.getValue());
            }
        });
        hours.setId("activity-hours");
        hours.setHelperText(getTranslation("cpd.form.hours.helper", CpdClaim.MAX_HOURS_PER_DAY,
                CpdClaim.MAX_HOURS_PER_ACTIVITY));
        excludedHours.setId("activity-excluded");
        excludedHours.setHelperText(getTranslation("cpd.form.excluded.helper"));
        audience.setId("activity-audience");
        audience.setMaxLength(CpdClaim.MAX_TEXT);
        audience.setHelperText(getTranslation("cpd.form.audience.helper"));
        independent.setId("activity-independent");
        description.setId("activity-description");
        description.setMaxLength(CpdClaim.MAX_DESCRIPTION);
        evidence.setId("activity-evidence");
    }

    /** Each record component bound by its name, the name the domain's refusals use. */
    private void bind(DocumentService documents) {
        binder.forField(category).bind(CpdActivityData.CATEGORY);
        binder.forField(type).withConverter(Converter.<CpdActivityType, @Nullable String>from(
                        chosen -> Result.ok(chosen == null ? null : chosen.code()),
                        code -> code == null ? null : rules.type(code).orElse(null)))
                .bind(CpdActivityData.ACTIVITY_TYPE);
        binder.forField(title).bind(CpdActivityData.TITLE);
        binder.forField(provider).bind(CpdActivityData.PROVIDER);
        binder.forField(startsOn).bind(CpdActivityData.STARTS_ON);
        binder.forField(endsOn).bind(CpdActivityData.ENDS_ON);
        binder.forField(hours).bind(CpdActivityData.HOURS);
        binder.forField(excludedHours).bind(CpdActivityData.EXCLUDED_HOURS);
        binder.forField(audience).bind(CpdActivityData.AUDIENCE);
        binder.forField(independent).bind(CpdActivityData.INDEPENDENCE_DECLARED);
        binder.forField(description).bind(CpdActivityData.DESCRIPTION);
        binder.forField(evidence).withConverter(Converter.<List<DocumentReference>, List<UUID>>from(
                        chosen -> Result.ok(
                                chosen.stream().map(DocumentReference::id).toList()),
                        documents::findAll))
                .bind(CpdActivityData.EVIDENCE);
    }

    private void showCategory(@Nullable CpdCategory chosen) {
        rule.setText(chosen == null ? getTranslation("cpd.form.category.choose")
                : Translated.text(rules.ruleSentence(chosen)));
        var previous = type.getValue();
        type.setItems(chosen == null ? List.of() : rules.typesOf(chosen));
        if (previous != null && previous.category() == chosen) {
            type.setValue(previous);
        }
        excludedHours.setVisible(chosen != null && chosen.excludesNonEducationalTime());
        audience.setVisible(chosen != null && chosen.recordsAudience());
        independent.setVisible(chosen != null && chosen.needsIndependenceDeclaration());
        hours.setLabel(getTranslation(chosen == CpdCategory.RESEARCH ? "cpd.form.hours.label-research"
                : chosen == CpdCategory.INSTRUCTION ? "cpd.form.hours.label-instruction" : "cpd.form.hours.label"));
    }

    void read(CpdActivityData activity) {
        binder.readRecord(activity);
    }

    /**
     * What the fields hold, when each can be read (a number or date typed so that it cannot be read is shown on its
     * field instead, with the focus moved there). The domain judges the rest when the form is saved.
     */
    Optional<CpdActivityData> value() {
        return FieldErrors.write(binder);
    }

    /** Shows each of the refusal's problems on its field, all at once, and focuses the first. */
    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }

    /**
     * What the fields hold as they stand, readable or not, for a draft: the binder is not asked, because reading
     * through it would clear the messages the last refusal put on the fields.
     */
    CpdActivityData draft() {
        var chosenType = type.getValue();
        return new CpdActivityData(category.getValue(), chosenType == null ? null : chosenType.code(),
                title.getValue(), provider.getValue(), startsOn.getValue(), endsOn.getValue(), hours.getValue(),
                excludedHours.getValue(), description.getValue(), audience.getValue(), independent.getValue(),
                evidence.getValue().stream().map(DocumentReference::id).toList());
    }

    /**
     * Calls {@code weigh} whenever a field that decides the credits changes, the hours while they are typed, so the
     * preview follows the member's typing.
     */
    void onCreditsChanged(Runnable weigh) {
        hours.setValueChangeMode(ValueChangeMode.LAZY);
        excludedHours.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(category, type, startsOn, endsOn, hours, excludedHours)
                .forEach(field -> field.addValueChangeListener(change -> weigh.run()));
    }

    /** The fields whose changes a draft keeps. */
    HasValue<?, ?>[] fields() {
        return binder.getFields().toArray(HasValue<?, ?>[]::new);
    }
}
