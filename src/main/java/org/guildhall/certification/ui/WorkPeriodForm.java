package org.guildhall.certification.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.WorkPeriodData;
import org.guildhall.certification.domain.WorkPeriod;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * One job for the work history, bound to {@link WorkPeriodData} by one {@link Binder}; the rules (dates, lengths)
 * are the domain's, and each problem it finds shows on its field.
 */
final class WorkPeriodForm extends RecordForm<WorkPeriodData> {

    WorkPeriodForm(LocalDate today) {
        super(WorkPeriodData.class);
        var employer = new TextField(getTranslation("certification.work.employer.label"));
        employer.setId("work-employer");
        employer.setMaxLength(WorkPeriod.MAX_NAME_LENGTH);
        var jobTitle = new TextField(getTranslation("certification.work.role.label"));
        jobTitle.setId("work-role");
        jobTitle.setMaxLength(WorkPeriod.MAX_NAME_LENGTH);
        var start = DateInputs.datePicker(getTranslation("certification.work.started.label"));
        start.setId("work-start");
        start.setMax(today);
        var end = DateInputs.datePicker(getTranslation("certification.work.ended.label"));
        end.setId("work-end");
        end.setMax(today);
        var current = new Checkbox(getTranslation("certification.work.current.label"));
        current.setId("work-current");
        current.addValueChangeListener(event -> {
            end.setEnabled(!event.getValue());
            end.clear();
        });
        var kind = new RadioButtonGroup<ExperienceKind>(getTranslation("certification.work.kind.label"));
        kind.setId("work-kind");
        kind.setItems(ExperienceKind.values());
        kind.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        var description = new TextArea(getTranslation("certification.work.description.label"));
        description.setId("work-description");
        description.setMaxLength(WorkPeriod.MAX_DESCRIPTION_LENGTH);
        description.setHelperText(getTranslation("certification.work.description.helper"));

        binder.forField(employer).bind(WorkPeriodData.EMPLOYER);
        binder.forField(jobTitle).bind(WorkPeriodData.JOB_TITLE);
        binder.forField(start).bind(WorkPeriodData.STARTS_ON);
        binder.forField(end).bind(WorkPeriodData.ENDS_ON);
        binder.forField(current).bind(WorkPeriodData.CURRENT);
        binder.forField(kind).bind(WorkPeriodData.KIND);
        binder.forField(description).bind(WorkPeriodData.DESCRIPTION);
        clear();

        var form = getContent();
        form.add(employer, jobTitle, start, end, current, kind, description);
        form.setColspan(description, 2);
        form.setColspan(kind, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    /** Empty fields for the next job; most jobs are customer-service roles. */
    void clear() {
        binder.readRecord(new WorkPeriodData(null, null, null, null, false, ExperienceKind.CUSTOMER_SERVICE_ROLE,
                null));
    }
}
