package org.guildhall.portfolio.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.guildhall.portfolio.Evidence;

/** A captioned evidence document as stored in one version. */
@Embeddable
class EvidenceEntry {

    private UUID documentId;
    private String caption;

    protected EvidenceEntry() {
    }

    EvidenceEntry(Evidence evidence) {
        this.documentId = evidence.documentId();
        this.caption = evidence.caption();
    }

    Evidence toRecord() {
        return new Evidence(documentId, caption);
    }
}
