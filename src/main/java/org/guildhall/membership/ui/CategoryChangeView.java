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
import org.guildhall.shell.Translated;

/**
 * A member applies to move category (a Student who graduated, a Candidate who qualified, an Associate) through
 * the same eligibility questionnaire as applicants, with documents; the registrar decides.
 */
@Route("membership/category")
@PageTitle("membership.title.category-change")
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
        target.setLabel(getTranslation("membership.change.to"));
        target.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        documents = new DocumentUploadField(getTranslation("membership.change.documents"), uploads,
                accounts);
        documents.setId("change-documents");
        var submit = new Button(getTranslation("membership.change.submit"), event -> submit());
        submit.setId("change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mine.setId("change-history");
        mine.addColumn(change -> getTranslation("membership.change.move-value", getTranslation(change.from().key()),
                getTranslation(change.to().key()))).setHeader(getTranslation("membership.change.move"))
                .setFlexGrow(1);
        mine.addColumn(change -> getTranslation(change.status()))
                .setHeader(getTranslation("membership.year-view.status")).setAutoWidth(true);
        mine.addColumn(change -> change.decisionNote() == null ? "" : change.decisionNote()).setHeader(getTranslation("membership.year-view.reason"))
                .setFlexGrow(1);
        mine.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("membership.change.intro")), target, questionnaire, documents, submit, mine);
        refresh();
    }

    private void refresh() {
        var open = changes.movesOpenToMe();
        target.setItems(open);
        target.setEnabled(!open.isEmpty());
        target.setHelperText(open.isEmpty() ? getTranslation("membership.change.none-open") : null);
        mine.setItems(changes.myChanges());
    }

    private void submit() {
        if (target.isEmpty()) {
            target.setErrorMessage(getTranslation("membership.change.to-needed"));
            target.setInvalid(true);
            return;
        }
        try {
            changes.apply(target.getValue(), questionnaire.getAnswers(),
                    documents.getValue().stream().map(DocumentReference::id).toList());
            Toast.success(getTranslation("membership.change.sent"));
            target.setInvalid(false);
            refresh();
        } catch (MembershipYearRefusedException refused) {
            target.setErrorMessage(Translated.text(refused.reason()));
            target.setInvalid(true);
        }
    }
}
