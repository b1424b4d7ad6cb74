package org.guildhall.certification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a holder gives to have their credentials issued in a new name: the name, why, and the evidence. */
public record NameChangeData(String requestedName, String reason, @Nullable UUID evidenceDocumentId) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String REQUESTED_NAME = "requestedName";
    public static final String REASON = "reason";
    public static final String EVIDENCE_DOCUMENT_ID = "evidenceDocumentId";
}
