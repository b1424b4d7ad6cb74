package org.guildhall.certification.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeSummary;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The registrar's queue of name changes: who asks, from which name to which, why, the evidence to open, and
 * Approve (which reissues the holder's credentials) or Refuse with a reason the holder reads.
 */
final class NameChangeQueue extends Composite<VerticalLayout> {

    private final NameChangeService nameChanges;
    private final Grid<NameChangeSummary> waiting = new Grid<>();

    NameChangeQueue(NameChangeService nameChanges) {
        this.nameChanges = nameChanges;
        waiting.setId("name-change-grid");
        waiting.addColumn(request -> Formats.date(request.requestedAt().atZone(ZoneId.systemDefault()).toLocalDate(),
                getLocale()))
                .setHeader(getTranslation("certification.name-change.queue.asked"))
                .setAutoWidth(true).setFlexGrow(0);
        waiting.addColumn(request -> request.nameAsIssued() + " \u2192 " + request.requestedName())
                .setHeader(getTranslation("certification.name-change.queue.name")).setFlexGrow(1);
        waiting.addColumn(NameChangeSummary::reason).setHeader(getTranslation("certification.name-change.queue.why"))
                .setFlexGrow(1);
        waiting.addComponentColumn(this::evidence)
                .setHeader(getTranslation("certification.name-change.queue.evidence")).setAutoWidth(true)
                        .setFlexGrow(0);
        waiting.addComponentColumn(this::decision)
                .setHeader(getTranslation("certification.name-change.queue.decision")).setFlexGrow(2);
        waiting.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(waiting);
        refresh();
    }

    private Anchor evidence(NameChangeSummary request) {
        var link = new Anchor("documents/" + request.evidenceDocumentId(),
                getTranslation("certification.name-change.queue.open"));
        link.setRouterIgnore(true);
        link.setTarget("_blank");
        return link;
    }

    private HorizontalLayout decision(NameChangeSummary request) {
        var approve = new Button(getTranslation("certification.name-change.queue.approve"),
                event -> decide(() -> nameChanges.approve(request.id()),
                getTranslation("certification.name-change.queue.approved", request.requestedName())));
        approve.setId("name-change-approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var why = new TextField();
        why.setPlaceholder(getTranslation("certification.name-change.queue.refusal"));
        why.setId("name-change-refusal-" + request.id());
        var refuse = new Button(getTranslation("certification.name-change.queue.refuse"), event -> {
            if (why.getValue().isBlank()) {
                why.setErrorMessage(getTranslation("certification.name-change.refusal-needed"));
                why.setInvalid(true);
                return;
            }
            decide(() -> nameChanges.refuse(request.id(), why.getValue()),
                    getTranslation("certification.name-change.queue.refused"));
        });
        refuse.setId("name-change-refuse-" + request.id());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, why, refuse);
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            Toast.success(done);
        } catch (CertificationRefusedException refused) {
            Toast.error(refused);
        }
        refresh();
    }

    private void refresh() {
        waiting.setItems(nameChanges.pending());
    }
}
