package org.guildhall.cpd;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a member gives to ask for an extension or a pause of one certification's cycle: what and why, the dates the
 * hardship ran (or will run), in their words, and one document as evidence.
 */
public record HardshipRequestData(@Nullable Long certificationId, @Nullable HardshipKind kind,
        @Nullable HardshipReason reason, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
        String explanation, @Nullable UUID evidenceDocumentId) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String CERTIFICATION_ID = "certificationId";
    public static final String KIND = "kind";
    public static final String REASON = "reason";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    public static final String EXPLANATION = "explanation";
    public static final String EVIDENCE_DOCUMENT_ID = "evidenceDocumentId";

    public static final int MAX_EXPLANATION = 2000;

    public static HardshipRequestData empty() {
        return new HardshipRequestData(null, null, null, null, null, "", null);
    }
}
