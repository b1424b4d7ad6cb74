package org.guildhall.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.documents.DocumentReference;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * One appeal as its screen shows it to the registrar or the appeal panel: the decision appealed and its original
 * file, the grounds and documents, the panel, the outcome, the history, and what the reader may do next.
 *
 * @param file the original decision's file, one line each
 * @param documents the appellant's documents and those of the original file (a decision letter)
 */
public record AppealDetails(long id, long version, AppealKind kind, Text subject, String appellantName,
        LocalDate decidedOn, Instant lodgedAt, String grounds, List<DocumentReference> documents, List<Text> file,
        AppealStatus status, List<String> panel, @Nullable String chairName, @Nullable AppealOutcome outcome,
        @Nullable String reasons, List<AppealHistoryEntry> history, boolean mayFormPanel, boolean mayDecide) {

    public AppealDetails {
        documents = List.copyOf(documents);
        file = List.copyOf(file);
        panel = List.copyOf(panel);
        history = List.copyOf(history);
    }
}
