package org.guildhall.certification.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.NameChangeData;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.NameChangeSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The holder's request for their credentials to be issued in a new name, with the reason and the evidence, and
 * the answer to their latest request. What was typed stays in the fields when the request is refused.
 */
final class NameChangeForm extends Composite<VerticalLayout> {

    private static final int MAX_NAME = 120;
    private static final int MAX_REASON = 1000;

    private final NameChangeService nameChanges;
    private final TextField name = new TextField("New name, as it should be printed");
    private final TextArea reason = new TextArea("Why the name changed");
    private final DocumentUploadField evidence;
    private final Div latest = new Div();

    NameChangeForm(NameChangeService nameChanges, DocumentService documents, AccountService accounts) {
        this.nameChanges = nameChanges;
        this.evidence = new DocumentUploadField("Evidence (e.g. marriage certificate, deed poll)", documents, accounts);
        name.setId("name-change-name");
        name.setMaxLength(MAX_NAME);
        reason.setId("name-change-reason");
        reason.setMaxLength(MAX_REASON);
        evidence.setId("name-change-evidence");
        latest.setId("name-change-latest");
        var send = new Button("Ask for the change", event -> send());
        send.setId("name-change-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(new H3("The name on your credentials"), new Paragraph("Your credentials carry your name as it "
                + "was when they were issued. If it has changed, ask the registrar to issue them again in the new "
                + "name: they keep their codes and dates, and their public pages say when they were reissued."),
                latest, name, reason, evidence, send);
        showLatest();
    }

    private void send() {
        name.setInvalid(false);
        reason.setInvalid(false);
        evidence.setInvalid(false);
        boolean complete = required(name, "Give the new name.") & required(reason, "Say why the name changed.");
        if (evidence.getValue().isEmpty()) {
            evidence.setErrorMessage("Attach the evidence of the new name.");
            evidence.setInvalid(true);
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            nameChanges.request(new NameChangeData(name.getValue(), reason.getValue(),
                    evidence.getValue().getFirst().id()));
            Toast.success("Your name change is with the registrar.");
            name.clear();
            reason.clear();
            evidence.clear();
            showLatest();
        } catch (CertificationRefusedException refused) {
            Toast.error(refused);
        }
    }

    private static boolean required(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field,
            String message) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    private void showLatest() {
        latest.removeAll();
        nameChanges.myRequests().stream().findFirst().ifPresent(request -> latest.add(new Paragraph(describe(request))));
    }

    private static String describe(NameChangeSummary request) {
        String asked = "Your request of " + Formats.date(request.requestedAt(), ZoneId.systemDefault())
                + " to be named " + request.requestedName() + ": " + request.state().label().toLowerCase();
        return request.state() == NameChangeState.REFUSED ? asked + ". The registrar's reason: "
                + request.refusalReason() : asked + ".";
    }
}
