package org.guildhall.membership.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A stored document (documents module) attached to an application as supporting evidence. */
@Entity
@Table(name = "application_document")
@IdClass(ApplicationDocument.Key.class)
public class ApplicationDocument {

    @Id
    private long applicationId;

    @Id
    private UUID documentId;

    private Instant attachedAt;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(long applicationId, UUID documentId, Instant attachedAt) {
        this.applicationId = applicationId;
        this.documentId = documentId;
        this.attachedAt = attachedAt;
    }

    public UUID documentId() {
        return documentId;
    }

    public record Key(long applicationId, UUID documentId) implements Serializable {
    }
}
