package org.guildhall.portfolio.domain;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.guildhall.portfolio.Reference;

/** A reference letter and its referee as stored in one version. */
@Embeddable
class ReferenceEntry {

    private String refereeName;
    private String refereeContact;
    private String relationship;
    private UUID letterDocumentId;

    protected ReferenceEntry() {
    }

    ReferenceEntry(Reference reference) {
        this.refereeName = reference.refereeName();
        this.refereeContact = reference.refereeContact();
        this.relationship = reference.relationship();
        this.letterDocumentId = reference.letterDocumentId();
    }

    Reference toRecord() {
        return new Reference(refereeName, refereeContact, relationship, letterDocumentId);
    }
}
