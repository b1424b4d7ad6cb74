package org.guildhall.cpd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.HardshipService;
import org.guildhall.cpd.HardshipSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;

/**
 * Where a member in hardship asks for more time (an extension of a cycle's end) or a lighter cycle (a pause), and
 * sees what the registrar decided on their earlier requests.
 */
@Route("cpd/hardship")
@PageTitle("cpd.title.hardship")
@RolesAllowed(Role.Names.MEMBER)
final class HardshipView extends VerticalLayout {

    private final HardshipService hardship;
    private final UnorderedList requests = new UnorderedList();

    HardshipView(HardshipService hardship, DocumentService documents, AccountService accounts) {
        this.hardship = hardship;
        setId("cpd-hardship");
        addClassName("gh-page");
        requests.setId("hardship-requests");
        add(new H2(getTranslation("cpd.hardship.heading")), new Paragraph(getTranslation("cpd.hardship.intro")),
                new H3(getTranslation("cpd.hardship.mine")), requests);
        showRequests();
        var certifications = hardship.relievable();
        add(new H3(getTranslation("cpd.hardship.ask")));
        if (certifications.isEmpty()) {
            add(new Paragraph(getTranslation("cpd.hardship.none-current")));
            return;
        }
        var form = new HardshipRequestForm(certifications, documents, accounts);
        var send = new Button(getTranslation("cpd.hardship.send"), click -> form.value().ifPresent(entered -> {
            try {
                hardship.request(entered);
                Toast.success(getTranslation("cpd.hardship.sent"));
                showRequests();
            } catch (CpdRefusedException refused) {
                form.show(refused);
            }
        }));
        send.setId("hardship-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, send);
    }

    private void showRequests() {
        requests.removeAll();
        var mine = hardship.myRequests();
        if (mine.isEmpty()) {
            requests.add(new ListItem(getTranslation("cpd.hardship.no-requests")));
        }
        mine.forEach(request -> requests.add(new ListItem(describe(request))));
    }

    private String describe(HardshipSummary request) {
        return getTranslation("cpd.hardship.request-line", request.designationCode(),
                getTranslation(request.kind().labelKey()), getTranslation(request.reason().labelKey()),
                request.startsOn(), request.endsOn(), getTranslation(request.state().labelKey()));
    }
}
