package org.guildhall.documents.domain;

/** Where a document's bytes are kept; each document row says which (column {@code document.stored_in}). */
public enum ContentLocation {
    /** In MariaDB beside the record ({@code document_content}): self-contained, the default. */
    DATABASE,
    /** In an S3-compatible object store, under the content's SHA-256. */
    OBJECT_STORE
}
