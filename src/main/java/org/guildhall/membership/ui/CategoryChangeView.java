package org.guildhall.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.CategoryChangeService;
import org.guildhall.membership.CategoryChangeSummary;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.shell.Toast;

/**
 * A member applies to move category (a Student who graduated, a Candidate who qualified, an Associate) through
 * the same eligibility questionnaire as applicants, with documents; the registrar decides.
 */
@Route("membership/category")
@PageTitle("Change category")
@RolesAllowed(Role.Names.MEMBER)
final class CategoryChangeView extends VerticalLayout {

    private final CategoryChangeService changes;
    private final Select<MembershipCategory> target = new Select<>();
    private final EligibilityQuestionnaire questionnaire = new EligibilityQuestionnaire();
    private final DocumentUploadField documents;
    private final Grid<CategoryChangeSummary> mine = new Grid<>();

    CategoryChangeView(CategoryChangeService changes, DocumentService uploads, AccountService accounts) {
        this.changes = changes;
        setId("category-change");
        addClassName("gh-page");
        target.setId("change-to");
        target.setLabel("Move to");
        target.setItemLabelGenerator(MembershipCategory::label);
        documents = new DocumentUploadField("Supporting documents (degree certificate, licence...)", uploads,
                accounts);
        documents.setId("change-documents");
        var submit = new Button("Send to the registrar", event -> submit());
        submit.setId("change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mine.setId("change-history");
        mine.addColumn(change -> change.from().label() + " to " + change.to().label()).setHeader("Move")
                .setFlexGrow(1);
        mine.addColumn(CategoryChangeSummary::status).setHeader("Status").setAutoWidth(true);
        mine.addColumn(change -> change.decisionNote() == null ? "" : change.decisionNote()).setHeader("Reason")
                .setFlexGrow(1);
        mine.setAllRowsVisible(true);
        add(new Paragraph("Answer the questions as things stand now; the registrar checks them against your "
                + "documents."), target, questionnaire, documents, submit, mine);
        refresh();
    }

    private void refresh() {
        var open = changes.movesOpenToMe();
        target.setItems(open);
        target.setEnabled(!open.isEmpty());
        target.setHelperText(open.isEmpty() ? "No move is open to you now (one request at a time)." : null);
        mine.setItems(changes.myChanges());
    }

    private void submit() {
        if (target.isEmpty()) {
            target.setErrorMessage("Choose the category you are moving to.");
            target.setInvalid(true);
            return;
        }
        try {
            changes.apply(target.getValue(), questionnaire.getAnswers(),
                    documents.getValue().stream().map(DocumentReference::id).toList());
            Toast.success("Your request is with the registrar; you will hear by email.");
            target.setInvalid(false);
            refresh();
        } catch (MembershipYearRefusedException refused) {
            target.setErrorMessage(refused.getMessage());
            target.setInvalid(true);
        }
    }
}
