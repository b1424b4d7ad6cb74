package org.guildhall.partners.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.partners.CourseData;
import org.guildhall.partners.PartnerSummary;
import org.guildhall.partners.domain.ApprovedCourse;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * An approved course as it is registered, bound to {@link CourseData}: the partner offering it (or, for staff, the
 * institute), what a member is credited with, and the days its code and rosters are accepted. The course's rules
 * ({@link ApprovedCourse#register}) refuse each problem on its field.
 */
final class CourseForm extends RecordForm<CourseData> {

    private final CpdRulebook rules;
    private final Select<CpdActivityType> type = new Select<>();

    CourseForm(CpdRulebook rules, List<PartnerSummary> partners, boolean forTheInstitute) {
        super(CourseData.class);
        this.rules = rules;
        Map<Long, String> partnerNames = partners.stream()
                .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::name));
        var partner = new Select<@Nullable Long>();
        partner.setId("course-partner");
        partner.setLabel(getTranslation("partners.course.partner.label"));
        partner.setItems(partners.stream().map(PartnerSummary::id).toList());
        partner.setEmptySelectionAllowed(forTheInstitute);
        partner.setEmptySelectionCaption(getTranslation("partners.course.the-institute"));
        partner.setItemLabelGenerator(id -> id == null ? getTranslation("partners.course.the-institute")
                : partnerNames.getOrDefault(id, ""));
        var title = text("course-title", "partners.course.title.label");
        var provider = text("course-provider", "partners.course.provider.label");
        var category = new Select<CpdCategory>();
        category.setId("course-category");
        category.setLabel(getTranslation("partners.course.category.label"));
        category.setItems(Arrays.stream(CpdCategory.values()).filter(ApprovedCourse::creditableByCourse).toList());
        category.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.labelKey()));
        category.addValueChangeListener(change -> showTypesOf(change.getValue()));
        type.setId("course-type");
        type.setLabel(getTranslation("partners.course.type.label"));
        type.setItemLabelGenerator(choice -> choice == null ? "" : Translated.text(choice.choiceLabel()));
        var hours = new BigDecimalField(getTranslation("partners.course.hours.label"));
        hours.setId("course-hours");
        DatePicker validFrom = DateInputs.datePicker(getTranslation("partners.course.valid-from.label"));
        validFrom.setId("course-valid-from");
        DatePicker validTo = DateInputs.datePicker(getTranslation("partners.course.valid-to.label"));
        validTo.setId("course-valid-to");
        validTo.setHelperText(getTranslation("partners.course.valid-to.helper"));

        binder.forField(partner).bind(CourseData.PARTNER);
        binder.forField(title).bind(CourseData.TITLE);
        binder.forField(provider).bind(CourseData.PROVIDER);
        binder.forField(category).bind(CourseData.CATEGORY);
        binder.forField(type).withConverter(Converter.<CpdActivityType, @Nullable String>from(
                        chosen -> Result.ok(chosen == null ? null : chosen.code()),
                        code -> code == null ? null : rules.type(code).orElse(null)))
                .bind(CourseData.ACTIVITY_TYPE);
        binder.forField(hours).bind(CourseData.HOURS);
        binder.forField(validFrom).bind(CourseData.VALID_FROM);
        binder.forField(validTo).bind(CourseData.VALID_TO);
        binder.readRecord(empty(partners, forTheInstitute));
        getContent().add(partner, title, provider, category, type, hours, validFrom, validTo);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** A blank course; a contact acting for one partner has it chosen already. */
    static CourseData empty(List<PartnerSummary> partners, boolean forTheInstitute) {
        Long partnerId = !forTheInstitute && partners.size() == 1 ? partners.getFirst().id() : null;
        return new CourseData(partnerId, "", "", null, null, null, null, (LocalDate) null);
    }

    void clear(List<PartnerSummary> partners, boolean forTheInstitute) {
        binder.readRecord(empty(partners, forTheInstitute));
    }

    private void showTypesOf(@Nullable CpdCategory category) {
        type.setItems(category == null ? List.of() : rules.typesOf(category).stream()
                .filter(kind -> !kind.isFixedCredit()).toList());
    }

    private TextField text(String id, String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(ApprovedCourse.MAX_TEXT);
        return field;
    }
}
