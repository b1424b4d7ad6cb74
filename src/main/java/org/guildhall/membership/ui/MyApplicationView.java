package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDraft;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationNotAllowedException;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EligibilityPolicy;
import org.guildhall.membership.MembershipApplicationDetails;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's own application: its status at all times, the answers and category (editable while a draft or
 * when the registrar asked for more), save for later, and submit.
 */
@Route("membership/application")
@PageTitle("membership.title.my-application")
@Menu(order = 11, icon = "vaadin:file-text-o", title = "membership.menu.my-application")
@RolesAllowed(Role.Names.APPLICANT)
final class MyApplicationView extends VerticalLayout {

    /** What the applicant has typed but not saved, as the draft keeps it. */
    record ApplicationDraft(EligibilityAnswers answers, @Nullable MembershipCategory category,
            List<UUID> documentIds) {
    }

    private final MembershipService memberships;
    private final Clock clock;
    private final Div status = new Div();
    private final EligibilityQuestionnaire questionnaire = new EligibilityQuestionnaire();
    private final Select<MembershipCategory> category = new Select<>();
    private final DocumentUploadField documents;
    private final DocumentService documentService;
    private final Button save = new Button();
    private final Button submit = new Button();
    private final DraftKeeper<ApplicationDraft> draft;

    /** The kept draft's key; the eligibility check leaves its answers here so they are not asked twice. */
    static final String DRAFT_KEY = "membership-application";

    MyApplicationView(MembershipService memberships, DocumentService documentService, AccountService accounts,
            FormDrafts drafts, Clock clock) {
        this.memberships = memberships;
        this.documentService = documentService;
        this.clock = clock;
        documents = new DocumentUploadField(getTranslation("membership.application.documents"), documentService,
                accounts);
        documents.setId("application-documents");
        documents.setHelperText(getTranslation("membership.application.documents.helper",
                Translated.text(documentService.limits().description())));
        documents.setWidthFull();
        setId("my-application");
        addClassName("gh-page");
        status.setId("application-status");
        status.addClassName("gh-status");

        category.setId("category");
        category.setLabel(getTranslation("membership.application.category"));
        category.setItemLabelGenerator(choice -> choice == null ? "" : getTranslation(choice.key()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("membership.application.category.empty"));
        category.setWidth("22rem");
        questionnaire.addChangeListener(this::offerQualifyingCategories);

        save.setText(getTranslation("membership.application.save"));
        save.setId("save-application");
        save.addClickListener(event -> saveDraft());
        submit.setText(getTranslation("membership.application.submit"));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> submitApplication());

        add(status, new H2(getTranslation("membership.application.answers")), questionnaire,
                new H2(getTranslation("membership.application.category-heading")), category,
                new H2(getTranslation("membership.application.documents-heading")), documents, new HorizontalLayout(save, submit));
        memberships.currentApplication().ifPresentOrElse(this::show, () -> {
            offerQualifyingCategories();
            showStatus(ApplicationStatus.DRAFT, getTranslation("membership.application.not-saved"));
        });
        draft = new DraftKeeper<>(drafts, () -> DRAFT_KEY, ApplicationDraft.class,
                () -> new ApplicationDraft(questionnaire.getAnswers(), category.getValue(), documentIds()),
                ApplicationDraft::documentIds);
        if (save.isVisible()) {
            draft.watch(questionnaire.inputs()).watch(category, documents).kept().ifPresent(this::restore);
        }
    }

    private void restore(FormDraft<ApplicationDraft> kept) {
        questionnaire.setAnswers(kept.content().answers());
        offerQualifyingCategories();
        category.setValue(kept.content().category());
        documents.setValue(documentService.findAll(kept.content().documentIds()));
        addComponentAtIndex(1, DraftKeeper.restoredNotice(kept, clock.getZone()));
    }

    private void offerQualifyingCategories() {
        var chosen = category.getValue();
        var qualifying = EligibilityPolicy.qualifyingCategories(questionnaire.getAnswers());
        category.setItems(qualifying);
        category.setValue(qualifying.contains(chosen) ? chosen : null);
        category.setInvalid(false);
        category.setHelperText(qualifying.isEmpty() ? getTranslation("membership.application.category.none") : null);
    }

    private void saveDraft() {
        try {
            memberships.saveDraft(questionnaire.getAnswers(), category.getValue());
            show(memberships.attachDocuments(documentIds()));
            draft.discard();
            Toast.success(getTranslation("membership.application.saved"));
        } catch (ApplicationNotAllowedException refused) {
            Toast.error(refused);
        }
    }

    private void submitApplication() {
        try {
            memberships.saveDraft(questionnaire.getAnswers(), category.getValue());
            memberships.attachDocuments(documentIds());
            show(memberships.submit());
            draft.discard();
            status.scrollIntoView();
            Toast.success(getTranslation("membership.application.submitted"));
        } catch (ApplicationNotAllowedException refused) {
            showRefusal(refused);
        } finally {
            submit.setEnabled(memberships.currentApplication()
                    .map(application -> application.status().isEditableByApplicant()).orElse(true));
        }
    }

    /** A refusal about the category shows on the category field; any other as a toast. */
    private void showRefusal(ApplicationNotAllowedException refused) {
        var onCategory = refused.fieldProblems().stream()
                .filter(problem -> problem.field().equals(ApplicationNotAllowedException.CATEGORY)).findFirst();
        if (onCategory.isEmpty()) {
            Toast.error(refused);
            return;
        }
        category.setErrorMessage(Translated.text(onCategory.get().text()));
        category.setInvalid(true);
        category.focus();
    }

    private List<UUID> documentIds() {
        return documents.getValue().stream().map(DocumentReference::id).toList();
    }

    private void show(MembershipApplicationDetails application) {
        documents.setValue(documentService.findAll(application.documentIds()));
        documents.setReadOnly(!application.status().isEditableByApplicant());
        questionnaire.setAnswers(application.answers());
        offerQualifyingCategories();
        category.setValue(application.category());
        boolean editable = application.status().isEditableByApplicant();
        questionnaire.setReadOnly(!editable);
        category.setReadOnly(!editable);
        save.setVisible(editable);
        submit.setVisible(editable);
        submit.setEnabled(editable);
        showStatus(application.status(), explanation(application));
    }

    private String explanation(MembershipApplicationDetails application) {
        var decision = application.latestDecision();
        String note = decision == null ? "" : decision.note();
        return switch (application.status()) {
            case DRAFT -> getTranslation("membership.application.explain.draft");
            case AWAITING_SPONSORS -> getTranslation("membership.application.explain.awaiting-sponsors",
                    submittedOn(application));
            case SUBMITTED -> getTranslation("membership.application.explain.submitted", submittedOn(application));
            case MORE_INFORMATION_REQUESTED -> getTranslation("membership.application.explain.more-information", note);
            case APPROVED -> getTranslation("membership.application.explain.approved");
            case REJECTED -> getTranslation("membership.application.explain.rejected", note);
        };
    }

    /** The day it was submitted, written in the reader's language. */
    private @Nullable LocalDate submittedOn(MembershipApplicationDetails application) {
        return application.submittedAt() == null ? null
                : application.submittedAt().atZone(clock.getZone()).toLocalDate();
    }

    private void showStatus(ApplicationStatus current, String explanation) {
        var badge = new Span(getTranslation(current.key()));
        badge.setId("application-status-label");
        badge.addClassNames("gh-badge", current == ApplicationStatus.REJECTED ? "gh-badge-no" : "gh-badge-yes");
        var text = new Paragraph(explanation);
        text.setId("application-status-text");
        status.removeAll();
        status.add(badge, text);
    }
}
