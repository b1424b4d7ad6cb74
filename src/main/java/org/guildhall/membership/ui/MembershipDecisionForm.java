package org.guildhall.membership.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.membership.MembershipDecisionData;
import org.guildhall.membership.domain.MembershipAction;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * The registrar's reason for a decision on a member's year and, for an extension, the new last day of the term,
 * bound to {@link MembershipDecisionData} by one {@link Binder}; the service refuses each problem on its field.
 */
final class MembershipDecisionForm extends RecordForm<MembershipDecisionData> {

    MembershipDecisionForm() {
        super(MembershipDecisionData.class);
        var reason = new TextArea(getTranslation("membership.year-view.reason"));
        reason.setId("decision-reason");
        reason.setMaxLength(MembershipAction.MAX_REASON_LENGTH);
        reason.setHelperText(getTranslation("membership.year-view.reason.helper"));
        var newEnd = DateInputs.datePicker(getTranslation("membership.year-view.new-end"));
        newEnd.setId("decision-new-end");
        binder.forField(reason).bind(MembershipDecisionData.REASON);
        binder.forField(newEnd).bind(MembershipDecisionData.NEW_END);
        binder.readRecord(new MembershipDecisionData("", null));
        getContent().add(reason, newEnd);
        getContent().setColspan(reason, 2);
    }
}
