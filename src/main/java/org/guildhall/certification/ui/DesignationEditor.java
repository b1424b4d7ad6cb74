package org.guildhall.certification.ui;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationEdit;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.Route;
import org.guildhall.certification.domain.Designation;
import org.guildhall.shell.Toast;

/** The admin's edit of one designation; what was awarded keeps the values of its own cycle. */
final class DesignationEditor extends Dialog {

    DesignationEditor(DesignationCatalogue catalogue, DesignationSummary designation,
            Consumer<DesignationSummary> onSaved) {
        setHeaderTitle("Edit " + designation.code());
        setId("designation-editor");
        var fullName = new TextField("Full name");
        fullName.setId("edit-full-name");
        fullName.setMaxLength(Designation.MAX_NAME_LENGTH);
        var hours = new IntegerField("CPD credits per cycle");
        hours.setId("edit-cpd-hours");
        hours.setMin(1);
        var routes = new CheckboxGroup<Route>("Routes offered");
        routes.setId("edit-routes");
        routes.setItems(Route.values());
        routes.setItemLabelGenerator(Route::label);
        var examFee = new BigDecimalField("Exam fee (\u00a3)");
        examFee.setId("edit-exam-fee");
        var renewalFee = new BigDecimalField("Renewal fee (\u00a3)");
        renewalFee.setId("edit-renewal-fee");
        var essay = new Checkbox("Renewal needs an essay");
        essay.setId("edit-essay");

        var binder = new Binder<EditForm>();
        binder.forField(fullName).asRequired("Enter the full name.").bind(EditForm::getFullName, EditForm::setFullName);
        binder.forField(hours).asRequired("Enter the CPD credits.")
                .withValidator(value -> value >= 1, "At least one hour.")
                .bind(EditForm::getHours, EditForm::setHours);
        binder.forField(routes).withValidator(value -> !value.isEmpty(), "Offer at least one route.")
                .bind(EditForm::getRoutes, EditForm::setRoutes);
        binder.forField(examFee).asRequired("Enter the exam fee.")
                .withValidator(value -> value.signum() >= 0, "Fees cannot be negative.")
                .bind(EditForm::getExamFee, EditForm::setExamFee);
        binder.forField(renewalFee).asRequired("Enter the renewal fee.")
                .withValidator(value -> value.signum() >= 0, "Fees cannot be negative.")
                .bind(EditForm::getRenewalFee, EditForm::setRenewalFee);
        binder.forField(essay).bind(EditForm::isEssay, EditForm::setEssay);
        var form = new EditForm(designation.toEdit());
        binder.readBean(form);

        var save = new Button("Save", event -> {
            if (binder.writeBeanIfValid(form)) {
                try {
                    onSaved.accept(catalogue.update(designation.code(), form.toEdit()));
                    Toast.success(designation.code() + " is updated. Certifications already awarded keep their "
                            + "own terms.");
                    close();
                } catch (CertificationRefusedException refused) {
                    Toast.error(refused.getMessage());
                }
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new FormLayout(fullName, hours, routes, examFee, renewalFee, essay);
        add(layout, new Paragraph("Changes apply to new enrolments and to cycles that begin from now on."));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    /** The form's mutable copy of a {@link DesignationEdit}, for the binder. */
    private static final class EditForm {
        private String fullName;
        private Integer hours;
        private Set<Route> routes;
        private BigDecimal examFee;
        private BigDecimal renewalFee;
        private boolean essay;

        EditForm(DesignationEdit edit) {
            fullName = edit.fullName();
            hours = edit.cpdHoursPerCycle();
            routes = edit.routesOffered();
            examFee = edit.examFee();
            renewalFee = edit.renewalFee();
            essay = edit.recertificationEssayRequired();
        }

        DesignationEdit toEdit() {
            return new DesignationEdit(fullName, hours, routes, examFee, renewalFee, essay);
        }

        String getFullName() {
            return fullName;
        }

        void setFullName(String fullName) {
            this.fullName = fullName;
        }

        Integer getHours() {
            return hours;
        }

        void setHours(Integer hours) {
            this.hours = hours;
        }

        Set<Route> getRoutes() {
            return routes;
        }

        void setRoutes(Set<Route> routes) {
            this.routes = routes;
        }

        BigDecimal getExamFee() {
            return examFee;
        }

        void setExamFee(BigDecimal examFee) {
            this.examFee = examFee;
        }

        BigDecimal getRenewalFee() {
            return renewalFee;
        }

        void setRenewalFee(BigDecimal renewalFee) {
            this.renewalFee = renewalFee;
        }

        boolean isEssay() {
            return essay;
        }

        void setEssay(boolean essay) {
            this.essay = essay;
        }
    }
}
