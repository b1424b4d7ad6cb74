package org.guildhall.certification.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.NameChangeSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.Toast;

/**
 * The holder's part of My certifications about their name: the answer to their latest request, and the
 * {@link NameChangeForm} to ask for their credentials in a new name. What was typed stays when it is refused.
 */
final class NameChangeSection extends Composite<VerticalLayout> {

    private final NameChangeService nameChanges;
    private final Div latest = new Div();

    NameChangeSection(NameChangeService nameChanges, DocumentService documents, AccountService accounts) {
        this.nameChanges = nameChanges;
        var form = new NameChangeForm(documents, accounts);
        latest.setId("name-change-latest");
        var send = new Button(getTranslation("certification.name-change.send"), event -> form.value()
                .ifPresent(entered -> {
                    try {
                        nameChanges.request(entered);
                        Toast.success(getTranslation("certification.name-change.sent"));
                        form.clear();
                        showLatest();
                    } catch (CertificationRefusedException refused) {
                        form.show(refused);
                    }
                }));
        send.setId("name-change-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("certification.name-change.title")),
                new Paragraph(getTranslation("certification.name-change.intro")), latest, form, send);
        showLatest();
    }

    private void showLatest() {
        latest.removeAll();
        nameChanges.myRequests().stream().findFirst()
                .ifPresent(request -> latest.add(new Paragraph(describe(request))));
    }

    private String describe(NameChangeSummary request) {
        String asked = getTranslation("certification.name-change.latest", request.requestedAt()
                .atZone(ZoneId.systemDefault()).toLocalDate(), request.requestedName(),
                getTranslation(request.state().labelKey()));
        return request.state() == NameChangeState.REFUSED
                ? getTranslation("certification.name-change.latest-refused", asked, request.refusalReason()) : asked;
    }
}
