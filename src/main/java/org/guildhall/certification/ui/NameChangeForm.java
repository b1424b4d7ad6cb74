package org.guildhall.certification.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.NameChangeData;
import org.guildhall.certification.domain.NameChangeRequest;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.UploadedDocuments;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.RecordForm;

/**
 * The holder's request for their credentials in a new name, bound to {@link NameChangeData} by one {@link Binder}:
 * the new name, why, and one document as evidence. Each problem the rules find shows on its field.
 */
final class NameChangeForm extends RecordForm<NameChangeData> {

    NameChangeForm(DocumentService documents, AccountService accounts) {
        super(NameChangeData.class);
        var name = new TextField(getTranslation("certification.name-change.name.label"));
        name.setId("name-change-name");
        name.setMaxLength(NameChangeRequest.MAX_NAME_LENGTH);
        var reason = new TextArea(getTranslation("certification.name-change.reason.label"));
        reason.setId("name-change-reason");
        reason.setMaxLength(NameChangeRequest.MAX_REASON_LENGTH);
        var evidence = new DocumentUploadField(getTranslation("certification.name-change.evidence.label"), documents,
                accounts);
        evidence.setId("name-change-evidence");

        binder.forField(name).asRequired(getTranslation("certification.name-change.name-needed"))
                .bind(NameChangeData.REQUESTED_NAME);
        binder.forField(reason).asRequired(getTranslation("certification.name-change.reason-needed"))
                .bind(NameChangeData.REASON);
        // A validator, not asRequired: the required flag would put aria-required on the upload group, which
        // its role does not allow (axe, WCAG 4.1.2).
        binder.forField(evidence)
                .withValidator(uploaded -> !uploaded.isEmpty(),
                        getTranslation("certification.name-change.evidence-needed"))
                .withConverter(UploadedDocuments.one(documents,
                        getTranslation("certification.name-change.one-document")))
                .bind(NameChangeData.EVIDENCE_DOCUMENT_ID);
        clear();

        var form = getContent();
        form.add(name, reason, evidence);
        form.setColspan(reason, 2);
        form.setColspan(evidence, 2);
    }

    void clear() {
        binder.readRecord(new NameChangeData("", "", null));
    }

}
