package org.guildhall.documents.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.documents.DocumentReference;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an uploaded document: whose it is, the name it is shown under, its checked type, size and
 * checksum, and where its bytes are kept ({@link ContentLocation}, read and written through {@link DocumentContents}).
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

    @Enumerated(EnumType.STRING)
    private ContentLocation storedIn;

    /** When the owner was forgotten: the row stays (kept records refer to it), its bytes and name are gone. */
    private @Nullable Instant erasedAt;

    protected Document() {
    }

    /** A document for the given, already checked, content. */
    public Document(long ownerAccountId, String filename, DocumentType type, byte[] content, Instant uploadedAt,
            ContentLocation storedIn) {
        this.ownerAccountId = ownerAccountId;
        this.filename = filename;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedAt = uploadedAt;
        this.storedIn = storedIn;
    }

    public UUID id() {
        return id;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    /** The SHA-256 of the content, in lower-case hex: also the content's key in an object store. */
    public String sha256() {
        return sha256;
    }

    public ContentLocation storedIn() {
        return storedIn;
    }

    /** Its bytes are now kept in {@code location} (the caller has copied them there). */
    public void movedTo(ContentLocation location) {
        this.storedIn = location;
    }

    /** The owner was forgotten: the display name goes; the caller releases the bytes from their store. */
    public void erase(Instant now) {
        this.filename = "erased";
        this.erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Whether these bytes are this document's content, by size and checksum. */
    public boolean hasContent(byte[] content) {
        return content.length == sizeBytes && sha256(content).equals(sha256);
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
