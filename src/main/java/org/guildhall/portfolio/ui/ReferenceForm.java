package org.guildhall.portfolio.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.UploadedDocuments;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.portfolio.Reference;
import org.guildhall.shell.RecordForm;

/**
 * A testimonial or reference being added, bound to {@link Reference} by one {@link Binder}: who wrote it, how to
 * reach them, how they know the candidate's work, and their one letter; each problem on its field. What is typed
 * is kept as a draft until it is added.
 */
final class ReferenceForm extends RecordForm<Reference> {

    /** A reference being added, as its draft keeps it (a draft may be incomplete; the input record may not). */
    record ReferenceDraft(String name, String contact, String relationship, List<UUID> letterIds) {
    }

    private final DraftKeeper<ReferenceDraft> draft;

    ReferenceForm(DocumentService documents, AccountService accounts, FormDrafts drafts, String draftKey) {
        super(Reference.class);
        var name = new TextField(getTranslation("portfolio.reference.name.label"));
        name.setId("referee-name");
        name.setMaxLength(Reference.MAX_NAME);
        var contact = new TextField(getTranslation("portfolio.reference.contact.label"));
        contact.setId("referee-contact");
        contact.setMaxLength(Reference.MAX_CONTACT);
        var relationship = new TextField(getTranslation("portfolio.reference.relationship.label"));
        relationship.setId("referee-relationship");
        relationship.setMaxLength(Reference.MAX_RELATIONSHIP);
        relationship.setPlaceholder(getTranslation("portfolio.reference.relationship.placeholder"));
        var letter = new DocumentUploadField(getTranslation("portfolio.reference.letter.label"), documents, accounts);
        letter.setId("reference-letter");

        binder.forField(name).asRequired(getTranslation("portfolio.reference.name-needed"))
                .bind(Reference.REFEREE_NAME);
        binder.forField(contact).asRequired(getTranslation("portfolio.reference.contact-needed"))
                .bind(Reference.REFEREE_CONTACT);
        binder.forField(relationship).asRequired(getTranslation("portfolio.reference.relationship-needed"))
                .bind(Reference.RELATIONSHIP);
        // A validator, not asRequired: the required flag would put aria-required on the upload group, which
        // its role does not allow (axe, WCAG 4.1.2).
        binder.forField(letter)
                .withValidator(uploaded -> !uploaded.isEmpty(), getTranslation("portfolio.reference.letter-needed"))
                .withConverter(UploadedDocuments.one(documents, getTranslation("portfolio.reference.one-letter")))
                .bind(Reference.LETTER_DOCUMENT_ID);

        draft = new DraftKeeper<>(drafts, () -> draftKey, ReferenceDraft.class,
                () -> new ReferenceDraft(name.getValue(), contact.getValue(), relationship.getValue(),
                        letter.getValue().stream().map(DocumentReference::id).toList()), ReferenceDraft::letterIds);
        draft.watch(name, contact, relationship, letter).kept().ifPresent(kept -> {
            name.setValue(kept.content().name());
            contact.setValue(kept.content().contact());
            relationship.setValue(kept.content().relationship());
            letter.setValue(documents.findAll(kept.content().letterIds()));
        });

        var form = getContent();
        form.add(name, contact, relationship, letter);
        form.setColspan(letter, 2);
    }

    /** The reference as entered, or empty with each problem shown on its field; the draft goes once it is read. */
    @Override
    public Optional<Reference> value() {
        var entered = super.value();
        entered.ifPresent(added -> draft.discard());
        return entered;
    }
}
