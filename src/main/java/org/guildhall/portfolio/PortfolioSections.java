package org.guildhall.portfolio;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.guildhall.documents.DocumentReference;
import org.springframework.modulith.NamedInterface;

/**
 * A portfolio version drawn read-only: its projects, captioned evidence and references, each document a link that
 * opens it in the browser. The candidate's page and the reviewer workspace both draw it this way.
 */
@NamedInterface("api")
public final class PortfolioSections {

    private PortfolioSections() {
    }

    /**
     * @param documents the version's documents the reader may open, by id; others are shown without a link
     */
    public static Div render(PortfolioContent content, Map<UUID, DocumentReference> documents) {
        var sections = new Div();
        sections.addClassName("gh-portfolio");
        sections.add(new H3(text("portfolio.sections.projects")));
        content.projects().forEach(project -> sections.add(project(project)));
        if (content.projects().isEmpty()) {
            sections.add(new Paragraph(text("portfolio.sections.no-projects")));
        }
        sections.add(new H3(text("portfolio.sections.evidence")));
        content.evidence().forEach(item -> sections.add(evidence(item, documents)));
        if (content.evidence().isEmpty()) {
            sections.add(new Paragraph(text("portfolio.sections.no-evidence")));
        }
        sections.add(new H3(text("portfolio.sections.references")));
        content.references().forEach(reference -> sections.add(reference(reference, documents)));
        if (content.references().isEmpty()) {
            sections.add(new Paragraph(text("portfolio.sections.no-references")));
        }
        return sections;
    }

    public static Div project(KeyProject project) {
        var card = new Div(new H4(project.title()),
                meta(project.endedOn() == null
                        ? text("portfolio.sections.project.ongoing", project.role(), project.startedOn())
                        : text("portfolio.sections.project.dates", project.role(), project.startedOn(),
                                project.endedOn())),
                labelled(text("portfolio.sections.project.done"), project.description()),
                labelled(text("portfolio.sections.project.outcomes"), project.outcomes()));
        card.addClassName("gh-entry");
        return card;
    }

    public static Div evidence(Evidence evidence, Map<UUID, DocumentReference> documents) {
        var card = new Div(new H4(evidence.caption()), link(evidence.documentId(), documents));
        card.addClassName("gh-entry");
        return card;
    }

    public static Div reference(Reference reference, Map<UUID, DocumentReference> documents) {
        var card = new Div(new H4(reference.refereeName()),
                meta(reference.relationship() + " \u00b7 " + reference.refereeContact()),
                link(reference.letterDocumentId(), documents));
        card.addClassName("gh-entry");
        return card;
    }

    private static Component link(UUID documentId, Map<UUID, DocumentReference> documents) {
        var document = documents.get(documentId);
        if (document == null) {
            return meta(text("portfolio.sections.document-unavailable"));
        }
        var open = new Anchor(document.downloadPath() + "?view=true", document.filename());
        open.setTarget("_blank");
        return new Div(open);
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static Span meta(String text) {
        var meta = new Span(text);
        meta.addClassName("gh-meta");
        return meta;
    }

    private static Paragraph labelled(String label, String text) {
        var strong = new Span(text("portfolio.sections.label", label));
        strong.addClassName("gh-label");
        return new Paragraph(strong, new Span(text));
    }

    /** The documents of a version as a lookup, for {@link #render}. */
    public static Map<UUID, DocumentReference> byId(List<DocumentReference> documents) {
        return documents.stream().collect(java.util.stream.Collectors.toMap(DocumentReference::id, d -> d));
    }
}
