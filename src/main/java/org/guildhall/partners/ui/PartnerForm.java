package org.guildhall.partners.ui;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.partners.PartnerData;
import org.guildhall.partners.domain.ApprovedCourse;
import org.guildhall.shell.RecordForm;

/** A partner as the registrar records it, bound to {@link PartnerData}. */
final class PartnerForm extends RecordForm<PartnerData> {

    PartnerForm() {
        super(PartnerData.class);
        var name = new TextField(getTranslation("partners.partner.name.label"));
        name.setId("partner-name");
        name.setMaxLength(ApprovedCourse.MAX_TEXT);
        var contacts = new TextArea(getTranslation("partners.partner.contacts.label"));
        contacts.setId("partner-contacts");
        contacts.setHelperText(getTranslation("partners.partner.contacts.helper"));
        binder.forField(name).withDefaultValidator(false).bind(PartnerData.NAME);
        binder.forField(contacts).withDefaultValidator(false).bind(PartnerData.CONTACT_EMAILS);
        clear();
        getContent().add(name, contacts);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void clear() {
        binder.readRecord(new PartnerData("", ""));
    }
}
