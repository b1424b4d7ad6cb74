-- Evidence in an S3-compatible object store (docs/decisions/evidence-in-object-storage.md).
-- Each document says where its bytes are kept: in document_content (DATABASE, every document so far) or in the
-- object store (OBJECT_STORE) under its SHA-256.
ALTER TABLE document
    ADD COLUMN stored_in VARCHAR(20) NOT NULL DEFAULT 'DATABASE',
    ADD CONSTRAINT ck_document_stored_in CHECK (stored_in IN ('DATABASE', 'OBJECT_STORE'));

-- Counting the documents that share a content before its object is removed.
CREATE INDEX ix_document_sha256 ON document (sha256);

-- One row per object in the store, keyed like the object. Its row lock orders uploads of a content against the
-- removal of that content's object; unreferenced_since marks a row whose last document may have gone.
CREATE TABLE document_object (
    sha256             CHAR(64)    NOT NULL PRIMARY KEY,
    size_bytes         BIGINT      NOT NULL,
    unreferenced_since DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_document_object_unreferenced ON document_object (unreferenced_since);
