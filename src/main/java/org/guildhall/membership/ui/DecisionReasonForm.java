package org.guildhall.membership.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.membership.DecisionReasonData;
import org.guildhall.shell.RecordForm;

/**
 * The registrar's words for a decision (a rejection, a request for more information), bound to
 * {@link DecisionReasonData} by one {@link Binder}; the service refuses a missing reason on the field.
 */
final class DecisionReasonForm extends RecordForm<DecisionReasonData> {

    DecisionReasonForm(String label, String id, int maxLength) {
        super(DecisionReasonData.class);
        var reason = new TextArea(label);
        reason.setId(id);
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        binder.forField(reason).bind(DecisionReasonData.REASON);
        binder.readRecord(new DecisionReasonData(""));
        getContent().add(reason);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }
}
