package org.guildhall.privacy.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.privacy.ErasureOutcome;
import org.guildhall.privacy.ErasureRefusalData;
import org.guildhall.privacy.ErasureRequestSummary;
import org.guildhall.privacy.ErasureReview;
import org.guildhall.privacy.PrivacyRefusedException;
import org.guildhall.privacy.domain.ErasureRequest;
import org.guildhall.shell.Formats;
import org.guildhall.shell.NoteForm;
import org.guildhall.shell.Toast;

/**
 * The registrar's queue of requests to be forgotten, oldest first, each erased (after a confirmation) or refused
 * with a reason; below it, the log of decided requests with what each erasure erased and kept.
 */
@Route("registrar/erasure-requests")
@PageTitle("privacy.title.erasure-requests")
@Menu(order = 48, icon = "vaadin:eraser", title = "privacy.menu.erasure-requests")
@RolesAllowed(Role.Names.REGISTRAR)
final class ErasureRequestsView extends VerticalLayout {

    private final ErasureReview review;
    private final Grid<ErasureRequestSummary> waiting = new Grid<>();
    private final Grid<ErasureRequestSummary> decided = new Grid<>();

    ErasureRequestsView(ErasureReview review, Clock clock) {
        this.review = review;
        setId("erasure-requests");
        addClassName("gh-page");

        waiting.setId("erasure-queue");
        waiting.addColumn(ErasureRequestSummary::personName).setHeader(getTranslation("privacy.review.person"))
                .setFlexGrow(1);
        waiting.addColumn(request -> Formats.date(request.requestedAt(), clock.getZone()))
                .setHeader(getTranslation("privacy.review.requested-at")).setAutoWidth(true);
        waiting.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        waiting.setItemsPageable(review::waiting);
        waiting.setEmptyStateText(getTranslation("privacy.review.empty"));
        waiting.setAllRowsVisible(true);

        decided.setId("erasure-log");
        decided.addColumn(ErasureRequestSummary::personName).setHeader(getTranslation("privacy.review.person"))
                .setAutoWidth(true);
        decided.addColumn(request -> getTranslation("privacy.status." + request.status().name()))
                .setHeader(getTranslation("privacy.review.status")).setAutoWidth(true);
        decided.addColumn(request -> request.decidedAt() == null ? ""
                        : Formats.date(request.decidedAt(), clock.getZone()))
                .setHeader(getTranslation("privacy.review.decided-at")).setAutoWidth(true);
        decided.addColumn(request -> request.decidedBy() == null ? "" : request.decidedBy())
                .setHeader(getTranslation("privacy.review.decided-by")).setAutoWidth(true);
        decided.addColumn(this::outcome).setHeader(getTranslation("privacy.review.outcome")).setFlexGrow(1);
        decided.setItemsPageable(review::decided);

        add(new H2(getTranslation("privacy.review.waiting")), waiting,
                new H2(getTranslation("privacy.review.log")), decided);
    }

    private HorizontalLayout actions(ErasureRequestSummary request) {
        var approve = new Button(getTranslation("privacy.review.approve"), click -> confirmApproval(request));
        approve.setId("approve-erasure-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var refuse = new Button(getTranslation("privacy.review.refuse"), click -> askReason(request));
        refuse.setId("refuse-erasure-" + request.id());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, refuse);
    }

    private void confirmApproval(ErasureRequestSummary request) {
        var dialog = new Dialog(getTranslation("privacy.review.approve"));
        dialog.add(new Paragraph(getTranslation("privacy.review.confirm", request.personName())));
        var confirm = new Button(getTranslation("privacy.review.approve"), click -> {
            dialog.close();
            decide(() -> {
                review.approve(request.id());
                Toast.success(getTranslation("privacy.review.approved", request.personName()));
            });
        });
        confirm.setId("confirm-approve-erasure");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("privacy.erasure.cancel"), click -> dialog.close()),
                confirm);
        dialog.open();
    }

    private void askReason(ErasureRequestSummary request) {
        var dialog = new Dialog(getTranslation("privacy.review.refuse"));
        var reason = new TextArea(getTranslation("privacy.review.reason"));
        reason.setId("erasure-refusal-reason");
        reason.setMaxLength(ErasureRequest.MAX_REASON_LENGTH);
        reason.setWidthFull();
        var form = new NoteForm<>(ErasureRefusalData.class, ErasureRefusalData.REASON, reason,
                new ErasureRefusalData(""), getTranslation("privacy.erasure.reason-needed"));
        dialog.add(form);
        var confirm = new Button(getTranslation("privacy.review.refuse"), click -> form.value().ifPresent(refusal -> {
            try {
                review.refuse(request.id(), refusal.reason());
                dialog.close();
                Toast.success(getTranslation("privacy.review.refused", request.personName()));
                refresh();
            } catch (PrivacyRefusedException refused) {
                // Kept open with what was typed; a problem of the reason shows on its field.
                form.show(refused);
            }
        }));
        confirm.setId("confirm-refuse-erasure");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("privacy.erasure.cancel"), click -> dialog.close()),
                confirm);
        dialog.open();
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (PrivacyRefusedException refused) {
            Toast.error(refused);
        }
        refresh();
    }

    private void refresh() {
        waiting.getDataProvider().refreshAll();
        decided.getDataProvider().refreshAll();
    }

    private String outcome(ErasureRequestSummary request) {
        if (request.outcome() == null) {
            return request.refusalReason() == null ? "" : request.refusalReason();
        }
        return ErasureOutcome.read(request.outcome()).stream()
                .map(line -> line.erased()
                        ? getTranslation("privacy.outcome.erased", line.part(), line.records(), line.count())
                        : getTranslation("privacy.outcome.kept", line.part(), line.records(), line.count(),
                                getTranslation(line.keptBecause())))
                .collect(Collectors.joining("; "));
    }
}
