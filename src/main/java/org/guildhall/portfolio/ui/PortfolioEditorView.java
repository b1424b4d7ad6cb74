package org.guildhall.portfolio.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.portfolio.PortfolioChangedConcurrentlyException;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioNotFoundException;
import org.guildhall.portfolio.PortfolioRefusedException;
import org.guildhall.portfolio.PortfolioSections;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.portfolio.Reference;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The candidate's portfolio: every change is saved at once; the completeness check says what is missing; submit
 * freezes the version. After submission it reads as sent, with the panel's guidance or letters when they come.
 */
@Route("portfolio")
@PageTitle("Portfolio")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class PortfolioEditorView extends VerticalLayout implements HasUrlParameter<Long> {

    /** An evidence item being added, as its draft keeps it. */
    record EvidenceDraft(List<UUID> documentIds, String caption) {
    }

    /** A reference being added, as its draft keeps it. */
    record ReferenceDraft(String name, String contact, String relationship, List<UUID> letterIds) {
    }

    private final PortfolioService portfolios;
    private final FormDrafts drafts;
    private final DocumentService documents;
    private final AccountService accounts;
    private final Clock clock;
    private PortfolioDetails portfolio;

    PortfolioEditorView(PortfolioService portfolios, DocumentService documents, AccountService accounts,
            FormDrafts drafts, Clock clock) {
        this.portfolios = portfolios;
        this.drafts = drafts;
        this.documents = documents;
        this.accounts = accounts;
        this.clock = clock;
        setId("portfolio-editor");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long portfolioId) {
        try {
            render(portfolios.myPortfolio(portfolioId));
        } catch (PortfolioNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(PortfolioDetails shown) {
        this.portfolio = shown;
        removeAll();
        var title = new H2(shown.designationCode() + " experience-route portfolio");
        var status = new Span(shown.status().description());
        status.setId("portfolio-status");
        status.addClassName("gh-badge");
        status.addClassName(shown.status().isEditable() ? "gh-badge-no" : "gh-badge-yes");
        add(title, new HorizontalLayout(status, new Span("Version " + shown.current().number()
                + (shown.current().submittedAt() == null ? ""
                : ", submitted " + Formats.dateTime(shown.current().submittedAt(), clock.getZone())))));
        if (!shown.letters().isEmpty()) {
            add(letters(shown));
        }
        if (shown.guidance() != null) {
            var guidance = new Div(new H3("The panel's guidance"), new Paragraph(shown.guidance()));
            guidance.setId("panel-guidance");
            guidance.addClassName("gh-callout");
            add(guidance);
        }
        var docs = PortfolioSections.byId(documents.findAll(shown.current().content().documentIds()));
        if (shown.status().isEditable()) {
            add(editableSections(shown.current().content(), docs), completeness(shown.current().content()));
        } else {
            add(PortfolioSections.render(shown.current().content(), docs));
        }
        if (!shown.earlier().isEmpty()) {
            add(new H3("Earlier versions"));
            shown.earlier().forEach(version -> add(new Details("Version " + version.number() + ", submitted "
                    + Formats.dateTime(version.submittedAt(), clock.getZone()),
                    PortfolioSections.render(version.content(),
                            PortfolioSections.byId(documents.findAll(version.content().documentIds()))))));
        }
    }

    private Div letters(PortfolioDetails shown) {
        var list = new UnorderedList();
        shown.letters().forEach(letter -> {
            var link = new Anchor(letter.viewPath(), "Decision letter: " + letter.outcome() + " ("
                    + Formats.date(letter.issuedOn()) + ")");
            link.setTarget("_blank");
            list.add(new ListItem(link));
        });
        var box = new Div(new H3("Decision letters"), list);
        box.setId("portfolio-letters");
        box.addClassName("gh-callout");
        return box;
    }

    private Div editableSections(PortfolioContent content, java.util.Map<java.util.UUID, DocumentReference> docs) {
        var sections = new Div();
        sections.addClassName("gh-portfolio");

        sections.add(new H3("Key projects"),
                new Paragraph("The projects and initiatives you led: your role, the dates, what was done and what "
                        + "it achieved."));
        for (int i = 0; i < content.projects().size(); i++) {
            int index = i;
            var entry = PortfolioSections.project(content.projects().get(i));
            entry.add(new HorizontalLayout(
                    new Button("Edit", e -> projectDialog(content.projects().get(index),
                            project -> replaceAt(content.projects(), index, project))),
                    removeButton(() -> change(withProjects(content, without(content.projects(), index))))));
            sections.add(entry);
        }
        var addProject = new Button("Add a project", e -> projectDialog(null,
                project -> with(content.projects(), project)));
        addProject.setId("add-project");
        sections.add(addProject);

        sections.add(new H3("Evidence of improvements"),
                new Paragraph("Reports, dashboards or surveys showing better service processes, customer "
                        + "satisfaction or business outcomes. Caption each one with what it shows."));
        for (int i = 0; i < content.evidence().size(); i++) {
            int index = i;
            var entry = PortfolioSections.evidence(content.evidence().get(i), docs);
            entry.add(removeButton(() -> change(new PortfolioContent(content.projects(),
                    without(content.evidence(), index), content.references()))));
            sections.add(entry);
        }
        sections.add(evidenceForm(content));

        sections.add(new H3("Testimonials and references"),
                new Paragraph("Letters from supervisors, clients or colleagues, with how to reach the referee."));
        for (int i = 0; i < content.references().size(); i++) {
            int index = i;
            var entry = PortfolioSections.reference(content.references().get(i), docs);
            entry.add(removeButton(() -> change(new PortfolioContent(content.projects(), content.evidence(),
                    without(content.references(), index)))));
            sections.add(entry);
        }
        sections.add(referenceForm(content));
        return sections;
    }

    private Component evidenceForm(PortfolioContent content) {
        var upload = new DocumentUploadField("Evidence document", documents, accounts);
        upload.setId("evidence-upload");
        var caption = new TextField("Caption");
        caption.setId("evidence-caption");
        caption.setMaxLength(Evidence.MAX_CAPTION);
        caption.setPlaceholder("e.g. CSAT rose from 71 to 83 after the routing redesign");
        caption.setWidthFull();
        var draft = new DraftKeeper<>(drafts, () -> "portfolio:" + portfolio.id() + ":evidence", EvidenceDraft.class,
                () -> new EvidenceDraft(ids(upload), caption.getValue()), EvidenceDraft::documentIds);
        draft.watch(upload, caption).kept().ifPresent(kept -> {
            upload.setValue(documents.findAll(kept.content().documentIds()));
            caption.setValue(kept.content().caption());
        });
        var add = new Button("Add evidence", e -> {
            if (upload.getValue().isEmpty()) {
                upload.setErrorMessage("Upload the document first.");
                upload.setInvalid(true);
                return;
            }
            if (caption.getValue().isBlank()) {
                caption.setErrorMessage("Say what the document shows.");
                caption.setInvalid(true);
                return;
            }
            draft.discard();
            var added = new ArrayList<>(content.evidence());
            upload.getValue().forEach(document -> added.add(new Evidence(document.id(), caption.getValue().strip())));
            change(new PortfolioContent(content.projects(), added, content.references()));
        });
        add.setId("add-evidence");
        var form = new FormLayout(upload, caption);
        form.setColspan(upload, 2);
        return new Div(form, add);
    }

    private Component referenceForm(PortfolioContent content) {
        var name = new TextField("Referee's name");
        name.setId("referee-name");
        name.setMaxLength(Reference.MAX_NAME);
        var contact = new TextField("Email or phone");
        contact.setId("referee-contact");
        contact.setMaxLength(Reference.MAX_CONTACT);
        var relationship = new TextField("How they know your work");
        relationship.setId("referee-relationship");
        relationship.setMaxLength(Reference.MAX_RELATIONSHIP);
        relationship.setPlaceholder("Former supervisor, client, colleague");
        var letter = new DocumentUploadField("Their letter", documents, accounts);
        letter.setId("reference-letter");
        var draft = new DraftKeeper<>(drafts, () -> "portfolio:" + portfolio.id() + ":reference",
                ReferenceDraft.class, () -> new ReferenceDraft(name.getValue(), contact.getValue(),
                        relationship.getValue(), ids(letter)), ReferenceDraft::letterIds);
        draft.watch(name, contact, relationship, letter).kept().ifPresent(kept -> {
            name.setValue(kept.content().name());
            contact.setValue(kept.content().contact());
            relationship.setValue(kept.content().relationship());
            letter.setValue(documents.findAll(kept.content().letterIds()));
        });
        var add = new Button("Add reference", e -> {
            boolean ok = required(name, "Give the referee's name.") & required(contact, "Give an email or phone.")
                    & required(relationship, "Say how they know your work.");
            if (letter.getValue().size() != 1) {
                letter.setErrorMessage("Upload exactly one letter.");
                letter.setInvalid(true);
                ok = false;
            }
            if (ok) {
                draft.discard();
                change(new PortfolioContent(content.projects(), content.evidence(), with(content.references(),
                        new Reference(name.getValue().strip(), contact.getValue().strip(),
                                relationship.getValue().strip(), letter.getValue().getFirst().id()))));
            }
        });
        add.setId("add-reference");
        var form = new FormLayout(name, contact, relationship, letter);
        form.setColspan(letter, 2);
        return new Div(form, add);
    }

    private void projectDialog(KeyProject existing, Function<KeyProject, List<KeyProject>> apply) {
        var dialog = new Dialog(existing == null ? "Add a key project" : "Edit the project");
        var form = new ProjectForm(existing);
        dialog.add(form);
        var save = new Button("Save project", e -> form.project().ifPresent(project -> {
            dialog.close();
            change(withProjects(portfolio.current().content(), apply.apply(project)));
        }));
        save.setId("save-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private Component completeness(PortfolioContent content) {
        var missing = portfolios.missingForSubmission(content);
        var box = new Div();
        box.setId("completeness");
        box.addClassName("gh-callout");
        box.add(new H3("Ready to submit?"));
        if (missing.isEmpty()) {
            box.add(new Paragraph("Your portfolio is complete. Once submitted it is frozen as sent; it changes "
                    + "again only if the panel asks for a resubmission."));
        } else {
            var list = new UnorderedList();
            missing.forEach(item -> list.add(new ListItem(item)));
            box.add(new Paragraph("Before you can submit:"), list);
        }
        var submit = new Button("Submit for assessment", e -> act(() -> {
            render(portfolios.submit(portfolio.id(), portfolio.version()));
            Toast.success("Submitted. The registrar forms a panel to assess it.");
        }));
        submit.setId("submit-portfolio");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(missing.isEmpty());
        box.add(submit);
        return box;
    }

    /** Saves at once; the page then shows the portfolio as stored. */
    private void change(PortfolioContent content) {
        act(() -> {
            render(portfolios.saveDraft(portfolio.id(), portfolio.version(), content));
            Toast.success("Saved.");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PortfolioRefusedException | PortfolioChangedConcurrentlyException refused) {
            Toast.error(refused);
            render(portfolios.myPortfolio(portfolio.id()));
        }
    }

    private Button removeButton(Runnable remove) {
        var button = new Button("Remove", e -> remove.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private static List<UUID> ids(DocumentUploadField field) {
        return field.getValue().stream().map(DocumentReference::id).toList();
    }

    private static boolean required(TextField field, String message) {
        boolean blank = field.getValue().isBlank();
        field.setErrorMessage(message);
        field.setInvalid(blank);
        return !blank;
    }

    private static PortfolioContent withProjects(PortfolioContent content, List<KeyProject> projects) {
        return new PortfolioContent(projects, content.evidence(), content.references());
    }

    private static <T> List<T> with(List<T> list, T item) {
        var copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> without(List<T> list, int index) {
        var copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private static <T> List<T> replaceAt(List<T> list, int index, T item) {
        var copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }
}
