package org.guildhall.documents.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.documents.DocumentReference;

/**
 * What is known about an uploaded document: whose it is, the name it is shown under, its checked type, size and
 * checksum. Its bytes live beside it in {@code document_content} ({@link DocumentContentStore}).
 */
@Entity
@Table(name = "document")
public class Document {

    /** Random (version 4, from a secure generator): the id is in download links, so it must not be guessable. */
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private long ownerAccountId;

    private String filename;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private Instant uploadedAt;

    protected Document() {
    }

    /** A document for the given, already checked, content. */
    public Document(long ownerAccountId, String filename, DocumentType type, byte[] content, Instant uploadedAt) {
        this.ownerAccountId = ownerAccountId;
        this.filename = filename;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public DocumentReference toReference() {
        return new DocumentReference(id, filename, contentType, sizeBytes, sha256, uploadedAt);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
