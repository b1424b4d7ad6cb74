package org.guildhall.membership.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.membership.DecisionReasonData;
import org.guildhall.shell.NoteForm;

/**
 * The registrar's words for a decision (a rejection, a request for more information): a {@link NoteForm} over
 * {@link DecisionReasonData}; the service refuses a missing reason on the field.
 */
final class DecisionReasonForm {

    private DecisionReasonForm() {
    }

    static NoteForm<DecisionReasonData> create(String label, String id, int maxLength) {
        var reason = new TextArea(label);
        reason.setId(id);
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        return new NoteForm<>(DecisionReasonData.class, DecisionReasonData.REASON, reason,
                new DecisionReasonData(""), null);
    }
}
