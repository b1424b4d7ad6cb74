package org.guildhall.portfolio.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.portfolio.PortfolioChangedConcurrentlyException;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioNotFoundException;
import org.guildhall.portfolio.PortfolioRefusedException;
import org.guildhall.portfolio.PortfolioSections;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The candidate's portfolio: every change is saved at once; the completeness check says what is missing; submit
 * freezes the version. After submission it reads as sent, with the panel's guidance or letters when they come.
 */
@Route("portfolio")
@PageTitle("portfolio.title.portfolio-editor")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class PortfolioEditorView extends VerticalLayout implements HasUrlParameter<Long> {

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
        var title = new H2(getTranslation("portfolio.editor.title", shown.designationCode()));
        var status = new Span(getTranslation(shown.status().descriptionKey()));
        status.setId("portfolio-status");
        status.addClassName("gh-badge");
        status.addClassName(shown.status().isEditable() ? "gh-badge-no" : "gh-badge-yes");
        add(title, new HorizontalLayout(status, new Span(version(shown.current()))));
        if (!shown.letters().isEmpty()) {
            add(letters(shown));
        }
        if (shown.guidance() != null) {
            var guidance = new Div(new H3(getTranslation("portfolio.editor.guidance")),
                    new Paragraph(shown.guidance()));
            guidance.setId("panel-guidance");
            guidance.addClassName("gh-callout");
            if (shown.resubmitBy() != null) {
                var lastDay = new Paragraph(getTranslation("portfolio.editor.resubmit-by", shown.resubmitBy()));
                lastDay.setId("resubmit-by");
                guidance.add(lastDay);
            }
            add(guidance);
        }
        var docs = PortfolioSections.byId(documents.findAll(shown.current().content().documentIds()));
        if (shown.status().isEditable()) {
            add(editableSections(shown.current().content(), docs), completeness(shown.current().content()));
        } else {
            add(PortfolioSections.render(shown.current().content(), docs));
        }
        if (!shown.earlier().isEmpty()) {
            add(new H3(getTranslation("portfolio.editor.earlier")));
            shown.earlier().forEach(version -> add(new Details(version(version),
                    PortfolioSections.render(version.content(),
                            PortfolioSections.byId(documents.findAll(version.content().documentIds()))))));
        }
    }

    /** "Version 2, submitted 3 Nov 2026, 14:05", or just the number while it is being prepared. */
    private String version(PortfolioDetails.VersionDetails version) {
        var submitted = version.submittedAt();
        return submitted == null ? getTranslation("portfolio.editor.version", version.number())
                : getTranslation("portfolio.editor.version-submitted", version.number(),
                        submitted.atZone(clock.getZone()));
    }

    private Div letters(PortfolioDetails shown) {
        var list = new UnorderedList();
        shown.letters().forEach(letter -> {
            var link = new Anchor(letter.viewPath(), getTranslation("portfolio.editor.letter", letter.outcome(),
                    letter.issuedOn()));
            link.setTarget("_blank");
            list.add(new ListItem(link));
        });
        var box = new Div(new H3(getTranslation("portfolio.editor.letters")), list);
        box.setId("portfolio-letters");
        box.addClassName("gh-callout");
        return box;
    }

    private Div editableSections(PortfolioContent content, java.util.Map<java.util.UUID, DocumentReference> docs) {
        var sections = new Div();
        sections.addClassName("gh-portfolio");

        sections.add(new H3(getTranslation("portfolio.sections.projects")),
                new Paragraph(getTranslation("portfolio.editor.projects.intro")));
        for (int i = 0; i < content.projects().size(); i++) {
            int index = i;
            var entry = PortfolioSections.project(content.projects().get(i));
            entry.add(new HorizontalLayout(
                    new Button(getTranslation("portfolio.editor.edit"), e -> projectDialog(content.projects()
                            .get(index),
                            project -> replaceAt(content.projects(), index, project))),
                    removeButton(() -> change(withProjects(content, without(content.projects(), index))))));
            sections.add(entry);
        }
        var addProject = new Button(getTranslation("portfolio.editor.add-project"), e -> projectDialog(null,
                project -> with(content.projects(), List.of(project))));
        addProject.setId("add-project");
        sections.add(addProject);

        sections.add(new H3(getTranslation("portfolio.sections.evidence")),
                new Paragraph(getTranslation("portfolio.editor.evidence.intro")));
        for (int i = 0; i < content.evidence().size(); i++) {
            int index = i;
            var entry = PortfolioSections.evidence(content.evidence().get(i), docs);
            entry.add(removeButton(() -> change(new PortfolioContent(content.projects(),
                    without(content.evidence(), index), content.references()))));
            sections.add(entry);
        }
        sections.add(evidenceForm(content));

        sections.add(new H3(getTranslation("portfolio.sections.references")),
                new Paragraph(getTranslation("portfolio.editor.references.intro")));
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
        var form = new EvidenceForm(documents, accounts, drafts, "portfolio:" + portfolio.id() + ":evidence");
        var add = new Button(getTranslation("portfolio.evidence.add"), e -> form.value().ifPresent(entered ->
                change(new PortfolioContent(content.projects(), with(content.evidence(), entered.items()),
                        content.references()))));
        add.setId("add-evidence");
        return new Div(form, add);
    }

    private Component referenceForm(PortfolioContent content) {
        var form = new ReferenceForm(documents, accounts, drafts, "portfolio:" + portfolio.id() + ":reference");
        var add = new Button(getTranslation("portfolio.reference.add"), e -> form.value().ifPresent(entered ->
                change(new PortfolioContent(content.projects(), content.evidence(),
                        with(content.references(), List.of(entered))))));
        add.setId("add-reference");
        return new Div(form, add);
    }

    private void projectDialog(KeyProject existing, Function<KeyProject, List<KeyProject>> apply) {
        var dialog = new Dialog(getTranslation(existing == null ? "portfolio.project.add-title"
                : "portfolio.project.edit-title"));
        var form = new ProjectForm(existing);
        dialog.add(form);
        var save = new Button(getTranslation("portfolio.project.save"), e -> form.project().ifPresent(project -> {
            dialog.close();
            change(withProjects(portfolio.current().content(), apply.apply(project)));
        }));
        save.setId("save-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("portfolio.project.cancel"), e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private Component completeness(PortfolioContent content) {
        var missing = portfolios.missingForSubmission(content);
        var box = new Div();
        box.setId("completeness");
        box.addClassName("gh-callout");
        box.add(new H3(getTranslation("portfolio.editor.ready")));
        if (missing.isEmpty()) {
            box.add(new Paragraph(getTranslation("portfolio.editor.complete")));
        } else {
            var list = new UnorderedList();
            missing.forEach(item -> list.add(new ListItem(Translated.text(item))));
            box.add(new Paragraph(getTranslation("portfolio.editor.before-submit")), list);
        }
        var submit = new Button(getTranslation("portfolio.editor.submit"), e -> act(() -> {
            render(portfolios.submit(portfolio.id(), portfolio.version()));
            Toast.success(getTranslation("portfolio.editor.submitted"));
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
            Toast.success(getTranslation("portfolio.editor.saved"));
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
        var button = new Button(getTranslation("portfolio.editor.remove"), e -> remove.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private static PortfolioContent withProjects(PortfolioContent content, List<KeyProject> projects) {
        return new PortfolioContent(projects, content.evidence(), content.references());
    }

    private static <T> List<T> with(List<T> list, List<T> items) {
        var copy = new ArrayList<>(list);
        copy.addAll(items);
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
