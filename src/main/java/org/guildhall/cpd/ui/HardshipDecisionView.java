package org.guildhall.cpd.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.HardshipDecisionData;
import org.guildhall.cpd.HardshipDetails;
import org.guildhall.cpd.HardshipService;
import org.guildhall.cpd.HardshipState;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;

/**
 * One hardship request as the registrar decides it: the member's words, dates and evidence, the cycle as it stands
 * and the limits in force, then extend, pause or refuse.
 */
@Route("registrar/cpd/hardship/request")
@PageTitle("cpd.title.hardship-decision")
@RolesAllowed(Role.Names.REGISTRAR)
final class HardshipDecisionView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final String QUEUE = "registrar/cpd/hardship";

    private final HardshipService hardship;
    private final DocumentService documents;

    HardshipDecisionView(HardshipService hardship, DocumentService documents) {
        this.hardship = hardship;
        this.documents = documents;
        setId("hardship-decision");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            render(hardship.forDecision(id));
        } catch (CpdRefusedException missing) {
            removeAll();
            add(new H2(getTranslation("cpd.hardship.not-found")), new Anchor(QUEUE, getTranslation("cpd.review.back")));
        }
    }

    private void render(HardshipDetails request) {
        removeAll();
        var state = new Span(getTranslation(request.state().labelKey()));
        state.setId("hardship-state");
        state.addClassName("gh-badge");
        var details = new UnorderedList(
                new ListItem(getTranslation("cpd.review.member", request.memberName())),
                new ListItem(getTranslation("cpd.hardship.decision.cycle", request.designationName(),
                        request.designationCode(), request.cycleStartsOn(), request.validUntil(),
                        request.required())),
                new ListItem(getTranslation("cpd.hardship.decision.asks", getTranslation(request.kind().labelKey()),
                        getTranslation(request.reason().labelKey()), request.startsOn(), request.endsOn())),
                new ListItem(request.explanation()));
        details.setId("hardship-details");
        var evidence = new UnorderedList();
        documents.findAll(List.of(request.evidenceDocumentId())).forEach(document -> {
            var link = new Anchor(document.downloadPath() + "?view=true", document.filename());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            evidence.add(new ListItem(link));
        });
        add(new H2(getTranslation("cpd.hardship.decision.heading", request.memberName())), state, details,
                new H3(getTranslation("cpd.review.evidence")), evidence);
        if (request.state() == HardshipState.REQUESTED) {
            add(decision(request));
        } else if (request.decisionNote() != null) {
            add(new Paragraph(getTranslation("cpd.hardship.decision.noted", request.decisionNote())));
        }
        add(new Anchor(QUEUE, getTranslation("cpd.review.back")));
    }

    private VerticalLayout decision(HardshipDetails request) {
        var form = new HardshipDecisionForm(request);
        var extend = button("hardship-extend", "cpd.hardship.decision.extend", form, request,
                data -> hardship.grantExtension(request.id(), data), "cpd.hardship.decision.extended");
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var pause = button("hardship-pause", "cpd.hardship.decision.pause", form, request,
                data -> hardship.grantPause(request.id(), data), "cpd.hardship.decision.paused");
        var refuse = button("hardship-refuse", "cpd.hardship.decision.refuse", form, request,
                data -> hardship.refuse(request.id(), data), "cpd.hardship.decision.refused");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var layout = new VerticalLayout(new H3(getTranslation("cpd.hardship.decision.decide")), form,
                new HorizontalLayout(extend, pause, refuse));
        layout.setPadding(false);
        return layout;
    }

    private Button button(String id, String labelKey, HardshipDecisionForm form, HardshipDetails request,
            Consumer<HardshipDecisionData> decide, String doneKey) {
        var button = new Button(getTranslation(labelKey), click -> form.value().ifPresent(data -> {
            try {
                decide.accept(data);
                Toast.success(getTranslation(doneKey));
                render(hardship.forDecision(request.id()));
            } catch (CpdRefusedException refused) {
                form.show(refused);
            }
        }));
        button.setId(id);
        return button;
    }
}
