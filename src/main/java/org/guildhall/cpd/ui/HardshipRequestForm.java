package org.guildhall.cpd.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.HardshipKind;
import org.guildhall.cpd.HardshipReason;
import org.guildhall.cpd.HardshipRequestData;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.UploadedDocuments;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * A member's request for an extension or a pause of one certification's cycle, bound to {@link HardshipRequestData}
 * by one {@link Binder}: which certification, what and why, the dates, their words and one document as evidence.
 * The rules judge it all at once and each problem shows on its field, with what was typed kept.
 */
final class HardshipRequestForm extends RecordForm<HardshipRequestData> {

    HardshipRequestForm(List<CertificationSummary> certifications, DocumentService documents,
            AccountService accounts) {
        super(HardshipRequestData.class);
        Map<Long, CertificationSummary> byId = certifications.stream()
                .collect(Collectors.toMap(CertificationSummary::id, Function.identity()));
        var certification = new Select<Long>();
        certification.setLabel(getTranslation("cpd.hardship.form.certification.label"));
        certification.setId("hardship-certification");
        certification.setItems(byId.keySet());
        certification.setItemLabelGenerator(id -> getTranslation("cpd.hardship.form.certification.item",
                byId.get(id).designationCode(), byId.get(id).cycle().lastValidDay()));
        var kind = new RadioButtonGroup<HardshipKind>(getTranslation("cpd.hardship.form.kind.label"));
        kind.setId("hardship-kind");
        kind.setItems(HardshipKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        var reason = new Select<HardshipReason>();
        reason.setLabel(getTranslation("cpd.hardship.form.reason.label"));
        reason.setId("hardship-reason");
        reason.setItems(HardshipReason.values());
        reason.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        var startsOn = DateInputs.datePicker(getTranslation("cpd.hardship.form.starts-on.label"));
        startsOn.setId("hardship-starts-on");
        var endsOn = DateInputs.datePicker(getTranslation("cpd.hardship.form.ends-on.label"));
        endsOn.setId("hardship-ends-on");
        var explanation = new TextArea(getTranslation("cpd.hardship.form.explanation.label"));
        explanation.setId("hardship-explanation");
        explanation.setMaxLength(HardshipRequestData.MAX_EXPLANATION);
        var evidence = new DocumentUploadField(getTranslation("cpd.hardship.form.evidence.label"), documents,
                accounts);
        evidence.setId("hardship-evidence");

        // No asRequired: the rules judge every field at once, so the member sees every problem in one go.
        binder.forField(certification).bind(HardshipRequestData.CERTIFICATION_ID);
        binder.forField(kind).bind(HardshipRequestData.KIND);
        binder.forField(reason).bind(HardshipRequestData.REASON);
        binder.forField(startsOn).bind(HardshipRequestData.STARTS_ON);
        binder.forField(endsOn).bind(HardshipRequestData.ENDS_ON);
        binder.forField(explanation).bind(HardshipRequestData.EXPLANATION);
        binder.forField(evidence)
                .withConverter(UploadedDocuments.one(documents, getTranslation("cpd.hardship.form.one-document")))
                .bind(HardshipRequestData.EVIDENCE_DOCUMENT_ID);
        binder.readRecord(HardshipRequestData.empty());
        if (certifications.size() == 1) {
            certification.setValue(certifications.getFirst().id());
        }

        var form = getContent();
        form.add(certification, kind, reason, startsOn, endsOn, explanation, evidence);
        form.setColspan(explanation, 2);
        form.setColspan(evidence, 2);
    }
}
