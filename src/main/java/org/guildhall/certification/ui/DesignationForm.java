package org.guildhall.certification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.DesignationData;
import org.guildhall.certification.Route;
import org.guildhall.certification.domain.Designation;
import org.guildhall.shell.RecordForm;

/**
 * What an admin may change of one designation, bound to {@link DesignationData} by one {@link Binder}; the rules
 * (a name, at least one credit and one route, no negative fee) are the domain's ({@link Designation#edit}), and
 * each problem it finds shows on its field.
 */
final class DesignationForm extends RecordForm<DesignationData> {

    DesignationForm(DesignationData current) {
        super(DesignationData.class);
        var fullName = new TextField(getTranslation("certification.designation.full-name.label"));
        fullName.setId("edit-full-name");
        fullName.setMaxLength(Designation.MAX_NAME_LENGTH);
        var credits = new IntegerField(getTranslation("certification.designation.credits.label"));
        credits.setId("edit-cpd-hours");
        var routes = new CheckboxGroup<Route>(getTranslation("certification.designation.routes.label"));
        routes.setId("edit-routes");
        routes.setItems(Route.values());
        routes.setItemLabelGenerator(route -> getTranslation(route.labelKey()));
        var examFee = new BigDecimalField(getTranslation("certification.designation.exam-fee.label"));
        examFee.setId("edit-exam-fee");
        var renewalFee = new BigDecimalField(getTranslation("certification.designation.renewal-fee.label"));
        renewalFee.setId("edit-renewal-fee");
        var essay = new Checkbox(getTranslation("certification.designation.essay.label"));
        essay.setId("edit-essay");

        binder.forField(fullName).bind(DesignationData.FULL_NAME);
        binder.forField(credits).asRequired(getTranslation("certification.designation.credits-needed"))
                .bind(DesignationData.CPD_HOURS_PER_CYCLE);
        binder.forField(routes).bind(DesignationData.ROUTES_OFFERED);
        binder.forField(examFee).asRequired(getTranslation("certification.designation.exam-fee-needed"))
                .bind(DesignationData.EXAM_FEE);
        binder.forField(renewalFee).asRequired(getTranslation("certification.designation.renewal-fee-needed"))
                .bind(DesignationData.RENEWAL_FEE);
        binder.forField(essay).bind(DesignationData.RECERTIFICATION_ESSAY_REQUIRED);
        binder.readRecord(current);

        getContent().add(fullName, credits, routes, examFee, renewalFee, essay);
    }

}
