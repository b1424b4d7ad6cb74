package org.guildhall.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.CategoryChangeService;
import org.guildhall.membership.CategoryChangeSummary;
import org.guildhall.membership.DecisionReasonData;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.domain.MembershipAction;
import org.guildhall.shell.NoteForm;
import org.guildhall.shell.Toast;

/** The registrar's queue of category changes: the answers and documents, approve, or reject with a reason. */
@Route("registrar/category-changes")
@PageTitle("membership.title.category-change-queue")
@Menu(order = 40.5, icon = "vaadin:level-up", title = "membership.menu.category-change-queue")
@RolesAllowed(Role.Names.REGISTRAR)
final class CategoryChangeQueueView extends VerticalLayout {

    private final CategoryChangeService changes;
    private final Div queue = new Div();

    CategoryChangeQueueView(CategoryChangeService changes) {
        this.changes = changes;
        setId("category-changes");
        addClassName("gh-page");
        queue.addClassName("gh-cards");
        add(queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        var waiting = changes.waiting();
        if (waiting.isEmpty()) {
            queue.add(new Paragraph(getTranslation("membership.changes.none")));
        }
        waiting.forEach(change -> queue.add(card(change)));
    }

    private Div card(CategoryChangeSummary change) {
        var answers = new UnorderedList();
        change.answers().forEach(line -> answers.add(new ListItem(line)));
        var documents = new UnorderedList();
        change.documentIds().forEach(id -> documents.add(new ListItem(new Anchor("documents/" + id, getTranslation("membership.changes.document")))));
        var reason = DecisionReasonForm.create(getTranslation("membership.changes.reason"),
                "change-reason-" + change.id(), MembershipAction.MAX_REASON_LENGTH);
        var approve = new Button(getTranslation("membership.changes.approve"), event -> decide(() -> changes.approve(change.id()),
                reason, getTranslation("membership.changes.approved", change.memberName(),
                        getTranslation(change.to().key()))));
        approve.setId("change-approve-" + change.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("membership.changes.reject"), event -> reason.value().ifPresent(
                why -> decide(() -> changes.reject(change.id(), why.reason()), reason,
                        getTranslation("membership.changes.rejected", change.memberName()))));
        reject.setId("change-reject-" + change.id());
        var card = new Div(new H3(getTranslation("membership.changes.title", change.memberName(),
                change.memberNumber(), getTranslation(change.from().key()), getTranslation(change.to().key()))), answers, documents, reason, new HorizontalLayout(approve, reject));
        card.setId("change-" + change.id());
        card.addClassName("gh-card");
        return card;
    }

    private void decide(Runnable step, NoteForm<DecisionReasonData> reason, String confirmation) {
        try {
            step.run();
            Toast.success(confirmation);
            refresh();
        } catch (MembershipYearRefusedException refused) {
            reason.show(refused);
        }
    }
}
