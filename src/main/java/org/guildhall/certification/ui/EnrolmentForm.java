package org.guildhall.certification.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.ExamEnrolmentData;
import org.guildhall.shell.RecordForm;

/**
 * The candidate's choice of an exam to enrol for, bound to {@link ExamEnrolmentData} by one {@link Binder}; each
 * designation offered by the exam route shows with its fee.
 */
final class EnrolmentForm extends RecordForm<ExamEnrolmentData> {

    EnrolmentForm(List<DesignationSummary> offered) {
        super(ExamEnrolmentData.class);
        Map<String, DesignationSummary> byCode = offered.stream()
                .collect(Collectors.toMap(DesignationSummary::code, Function.identity()));
        var designation = new Select<String>();
        designation.setId("enrol-designation");
        designation.setLabel(getTranslation("certification.exam.designation.label"));
        designation.setItems(offered.stream().map(DesignationSummary::code).toList());
        designation.setItemLabelGenerator(code -> code == null || !byCode.containsKey(code) ? ""
                : getTranslation("certification.exam.designation.choice", code, byCode.get(code).fullName(),
                        byCode.get(code).examFee()));
        binder.forField(designation).asRequired(getTranslation("certification.exam.designation-needed"))
                .bind(ExamEnrolmentData.DESIGNATION_CODE);
        clear();
        getContent().add(designation);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().setMaxWidth("30rem");
    }

    void clear() {
        binder.readRecord(new ExamEnrolmentData(null));
    }
}
