package org.guildhall.portfolio;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.modulith.NamedInterface;

/** The sections of one portfolio version, in the candidate's order. */
@NamedInterface("api")
public record PortfolioContent(List<KeyProject> projects, List<Evidence> evidence, List<Reference> references) {

    public PortfolioContent {
        projects = List.copyOf(projects);
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    public static PortfolioContent empty() {
        return new PortfolioContent(List.of(), List.of(), List.of());
    }

    /** Every document, evidence first then reference letters: the order of the review packet. */
    public List<UUID> documentIds() {
        return Stream.concat(evidence.stream().map(Evidence::documentId),
                references.stream().map(Reference::letterDocumentId)).toList();
    }
}
