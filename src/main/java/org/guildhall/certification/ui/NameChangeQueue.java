package org.guildhall.certification.ui;

import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.NameChangeRefusalData;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeSummary;
import org.guildhall.certification.domain.NameChangeRequest;
import org.guildhall.shell.Formats;
import org.guildhall.shell.NoteForm;
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
                .setHeader(getTranslation("certification.name-change.queue.decision")).setKey("decision")
                .setFlexGrow(2);
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
                getTranslation("certification.name-change.queue.approved", request.requestedName()), Toast::error));
        approve.setId("name-change-approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var why = new TextField();
        why.setPlaceholder(getTranslation("certification.name-change.queue.refusal"));
        why.setId("name-change-refusal-" + request.id());
        why.setMaxLength(NameChangeRequest.MAX_REASON_LENGTH);
        var form = new NoteForm<>(NameChangeRefusalData.class, NameChangeRefusalData.REASON, why,
                new NameChangeRefusalData(""), getTranslation("certification.name-change.refusal-needed"));
        var refuse = new Button(getTranslation("certification.name-change.queue.refuse"),
                event -> form.value().ifPresent(refusal -> decide(() -> nameChanges.refuse(request.id(),
                        refusal.reason()), getTranslation("certification.name-change.queue.refused"), form::show)));
        refuse.setId("name-change-refuse-" + request.id());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, form, refuse);
    }

    /** Refreshes the queue after a decision; a refusal of the reason stays on its field with what was typed. */
    private void decide(Runnable decision, String done, Consumer<CertificationRefusedException> onRefused) {
        try {
            decision.run();
            Toast.success(done);
        } catch (CertificationRefusedException refused) {
            onRefused.accept(refused);
            if (!refused.fieldProblems().isEmpty()) {
                return;
            }
        }
        refresh();
    }

    private void refresh() {
        waiting.setItems(nameChanges.pending());
    }
}
