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
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.EvidenceData;
import org.guildhall.shell.RecordForm;

/**
 * Evidence of improvements being added, bound to {@link EvidenceData} by one {@link Binder}: the documents and the
 * caption, each problem on its field. What is typed is kept as a draft until it is added.
 */
final class EvidenceForm extends RecordForm<EvidenceData> {

    /** An evidence item being added, as its draft keeps it (a draft may be incomplete; the input record may not). */
    record EvidenceDraft(List<UUID> documentIds, String caption) {
    }

    private final DraftKeeper<EvidenceDraft> draft;

    EvidenceForm(DocumentService documents, AccountService accounts, FormDrafts drafts, String draftKey) {
        super(EvidenceData.class);
        var upload = new DocumentUploadField(getTranslation("portfolio.evidence.document.label"), documents,
                accounts);
        upload.setId("evidence-upload");
        var caption = new TextField(getTranslation("portfolio.evidence.caption.label"));
        caption.setId("evidence-caption");
        caption.setMaxLength(Evidence.MAX_CAPTION);
        caption.setPlaceholder(getTranslation("portfolio.evidence.caption.placeholder"));
        caption.setWidthFull();

        // A validator, not asRequired: the required flag would put aria-required on the upload group, which
        // its role does not allow (axe, WCAG 4.1.2).
        binder.forField(upload)
                .withValidator(uploaded -> !uploaded.isEmpty(), getTranslation("portfolio.evidence.document-needed"))
                .withConverter(UploadedDocuments.ids(documents)).bind(EvidenceData.DOCUMENT_IDS);
        binder.forField(caption).asRequired(getTranslation("portfolio.evidence.caption-needed"))
                .bind(EvidenceData.CAPTION);

        draft = new DraftKeeper<>(drafts, () -> draftKey, EvidenceDraft.class,
                () -> new EvidenceDraft(upload.getValue().stream().map(DocumentReference::id).toList(),
                        caption.getValue()), EvidenceDraft::documentIds);
        draft.watch(upload, caption).kept().ifPresent(kept -> {
            upload.setValue(documents.findAll(kept.content().documentIds()));
            caption.setValue(kept.content().caption());
        });

        var form = getContent();
        form.add(upload, caption);
        form.setColspan(upload, 2);
    }

    /** The evidence as entered, or empty with each problem shown on its field; the draft goes once it is read. */
    @Override
    public Optional<EvidenceData> value() {
        var entered = super.value();
        entered.ifPresent(added -> draft.discard());
        return entered;
    }
}
