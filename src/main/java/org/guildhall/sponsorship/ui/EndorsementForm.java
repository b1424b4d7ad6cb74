package org.guildhall.sponsorship.ui;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.shell.RecordForm;
import org.guildhall.sponsorship.EndorsementData;
import org.guildhall.sponsorship.domain.Sponsorship;

/**
 * A sponsor's endorsement of one request, bound to {@link EndorsementData} by one {@link Binder}; the sponsorship's
 * rules judge it and a problem shows on the field.
 */
final class EndorsementForm extends RecordForm<EndorsementData> {

    EndorsementForm(long requestId) {
        super(EndorsementData.class);
        var endorsement = new TextArea(getTranslation("sponsorship.requests.endorsement"));
        endorsement.setId("endorsement-" + requestId);
        endorsement.setMaxLength(Sponsorship.MAX_ENDORSEMENT);
        endorsement.setWidthFull();
        // The domain says what is wrong in the reader's language; the field's own length check has no words.
        binder.forField(endorsement).withDefaultValidator(false).bind(EndorsementData.ENDORSEMENT);
        binder.readRecord(new EndorsementData(""));
        getContent().add(endorsement);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1));
    }
}
