package org.guildhall.appeals;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an appellant enters: the decision appealed, the grounds, documents in support (optional). */
public record AppealData(@Nullable AppealableDecision decision, String grounds, List<UUID> documents) {

    public static final int MAX_GROUNDS = 4000;

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String DECISION = "decision";
    public static final String GROUNDS = "grounds";
    public static final String DOCUMENTS = "documents";

    public AppealData {
        documents = List.copyOf(documents);
    }

    public static AppealData blank() {
        return new AppealData(null, "", List.of());
    }
}
