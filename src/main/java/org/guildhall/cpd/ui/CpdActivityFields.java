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
    private final TextField title = new TextField("Title");
    private final TextField provider = new TextField("Provider or publisher");
    private final DatePicker startsOn = DateInputs.datePicker("First day");
    private final DatePicker endsOn = DateInputs.datePicker("Last day");
    private final BigDecimalField hours = new BigDecimalField("Total hours");
    private final BigDecimalField excludedHours = new BigDecimalField("Non-educational hours");
    private final TextField audience = new TextField("Audience");
    private final Checkbox independent = new Checkbox(
            "This research is independent of my normal job responsibilities");
    private final TextArea description = new TextArea("Description");
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
        category.setLabel("Category");
        category.setItems(CpdCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        category.addValueChangeListener(change -> showCategory(change.getValue()));
        rule.setId("category-rule");
        rule.addClassName("gh-rule");
        type.setId("activity-type");
        type.setLabel("Kind of activity");
        type.setItemLabelGenerator(choice -> choice == null ? "" : choice.choiceLabel());
        title.setId("activity-title-field");
        title.setMaxLength(CpdClaim.MAX_TEXT);
        provider.setId("activity-provider");
        provider.setMaxLength(CpdClaim.MAX_TEXT);
        provider.setHelperText("Who ran the course or event, or where it was published");
        startsOn.setId("activity-starts");
        endsOn.setId("activity-ends");
        endsOn.setHelperText("The same day for a one-day activity");
        startsOn.setMax(today);
        endsOn.setMax(today);
        startsOn.addValueChangeListener(change -> {
            if (change.getValue() != null && endsOn.getValue() == null) {
                endsOn.setValue(change.getValue());
            }
        });
        hours.setId("activity-hours");
        hours.setHelperText("At most " + CpdClaim.MAX_HOURS_PER_DAY + " a day, "
                + CpdClaim.MAX_HOURS_PER_ACTIVITY.toPlainString() + " in all");
        excludedHours.setId("activity-excluded");
        excludedHours.setHelperText("Registration, meals, breaks, exhibit hall time, pre-work: they do not count");
        audience.setId("activity-audience");
        audience.setMaxLength(CpdClaim.MAX_TEXT);
        audience.setHelperText("Who you delivered it to, e.g. \u201cNorthwind team leads\u201d");
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
        rule.setText(chosen == null ? "Choose a category to see how it is credited." : rules.ruleSentence(chosen));
        var previous = type.getValue();
        type.setItems(chosen == null ? List.of() : rules.typesOf(chosen));
        if (previous != null && previous.category() == chosen) {
            type.setValue(previous);
        }
        excludedHours.setVisible(chosen != null && chosen.excludesNonEducationalTime());
        audience.setVisible(chosen != null && chosen.recordsAudience());
        independent.setVisible(chosen != null && chosen.needsIndependenceDeclaration());
        hours.setLabel(chosen == CpdCategory.RESEARCH ? "Hours spent (for your records)"
                : chosen == CpdCategory.INSTRUCTION ? "Hours of presentation time" : "Total hours");
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

    /** The fields whose changes a draft keeps. */
    HasValue<?, ?>[] fields() {
        return binder.getFields().toArray(HasValue<?, ?>[]::new);
    }
}
