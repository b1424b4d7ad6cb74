package org.guildhall.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;

/**
 * Evidence of improvements as the candidate adds it: one or more uploaded documents and the caption saying what
 * they show. It checks every value at once and refuses each problem on the component it concerns.
 */
public record EvidenceData(List<UUID> documentIds, String caption) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String DOCUMENT_IDS = "documentIds";
    public static final String CAPTION = "caption";

    public EvidenceData {
        var problems = new ArrayList<FieldProblem>();
        if (documentIds.isEmpty()) {
            problems.add(new FieldProblem(DOCUMENT_IDS, "portfolio.evidence.document-needed"));
        }
        if (caption.isBlank() || caption.length() > Evidence.MAX_CAPTION) {
            problems.add(new FieldProblem(CAPTION, Text.of("portfolio.evidence.caption", Evidence.MAX_CAPTION)));
        }
        if (!problems.isEmpty()) {
            throw new PortfolioRefusedException(problems);
        }
        documentIds = List.copyOf(documentIds);
        caption = caption.strip();
    }

    /** One evidence item per document, each with the caption. */
    public List<Evidence> items() {
        return documentIds.stream().map(documentId -> new Evidence(documentId, caption)).toList();
    }
}
