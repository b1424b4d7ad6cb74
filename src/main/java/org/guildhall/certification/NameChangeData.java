package org.guildhall.certification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a holder gives to have their credentials issued in a new name: the name, why, and the evidence. */
public record NameChangeData(String requestedName, String reason, @Nullable UUID evidenceDocumentId) {
}
