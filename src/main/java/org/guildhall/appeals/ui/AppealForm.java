package org.guildhall.appeals.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.appeals.AppealData;
import org.guildhall.appeals.AppealableDecision;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.UploadedDocuments;
import org.guildhall.identity.AccountService;
import org.guildhall.shared.Text;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;

/**
 * The appellant's form, bound to {@link AppealData} by one binder: the decision appealed (those still open to
 * appeal), the grounds, and documents in support. Each problem the rules find shows on its field.
 */
final class AppealForm extends RecordForm<AppealData> {

    private final Select<AppealableDecision> decision = new Select<>();

    AppealForm(List<AppealableDecision> open, DocumentService documents, AccountService accounts) {
        super(AppealData.class);
        decision.setLabel(getTranslation("appeals.form.decision.label"));
        decision.setId("appeal-decision");
        decision.setItems(open);
        decision.setItemLabelGenerator(item -> Translated.text(Text.of("appeals.form.decision.item", item.subject(),
                item.decidedOn(), item.lastDay())));
        decision.setEmptySelectionAllowed(false);
        var grounds = new TextArea(getTranslation("appeals.form.grounds.label"));
        grounds.setId("appeal-grounds");
        grounds.setHelperText(getTranslation("appeals.form.grounds.help"));
        grounds.setMaxLength(AppealData.MAX_GROUNDS);
        var evidence = new DocumentUploadField(getTranslation("appeals.form.documents.label"), documents, accounts);
        evidence.setId("appeal-documents");

        binder.forField(decision).bind(AppealData.DECISION);
        binder.forField(grounds).bind(AppealData.GROUNDS);
        binder.forField(evidence).withConverter(UploadedDocuments.ids(documents)).bind(AppealData.DOCUMENTS);
        clear();

        var form = getContent();
        form.add(decision, grounds, evidence);
        form.setColspan(decision, 2);
        form.setColspan(grounds, 2);
        form.setColspan(evidence, 2);
    }

    void clear() {
        binder.readRecord(AppealData.blank());
    }
}
