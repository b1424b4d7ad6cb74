-- Uploaded evidence: what was uploaded (document) and its bytes (document_content), always written in one
-- transaction, so neither exists without the other. Ids are random UUIDs because they appear in download links.
-- owner_account_id is identity's account id; no foreign key reaches into another module's tables.
CREATE TABLE document (
    id               UUID         NOT NULL PRIMARY KEY,
    owner_account_id BIGINT       NOT NULL,
    filename         VARCHAR(150) NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT ck_document_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_document_owner ON document (owner_account_id);

-- A row travels to the server in one packet: max_allowed_packet (16 MB by default on MariaDB 10.11, 64 MB on
-- 11.4) must stay above guildhall.documents.max-size (10 MB).
CREATE TABLE document_content (
    document_id UUID     NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
