-- Issue 18, GDPR (privacy module; docs/decisions/personal-data-export-and-erasure.md).

-- A person's export of everything the portal holds about them (Art. 15/20), built in the background. The archive
-- is kept until it expires, then dropped; the row stays as the record that the request was answered.
CREATE TABLE personal_data_export (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    account_id   BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    parts_done   INT         NOT NULL DEFAULT 0,
    parts_total  INT         NOT NULL DEFAULT 0,
    requested_at DATETIME(6) NOT NULL,
    ready_at     DATETIME(6) NULL,
    expires_at   DATETIME(6) NULL,
    CONSTRAINT ck_personal_data_export_status CHECK (status IN ('REQUESTED', 'BUILDING', 'READY', 'EXPIRED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_personal_data_export_account ON personal_data_export (account_id, requested_at);
CREATE INDEX ix_personal_data_export_status ON personal_data_export (status, requested_at);

-- The ZIP itself, apart from its row so that listing exports never reads it.
CREATE TABLE personal_data_export_archive (
    export_id BIGINT   NOT NULL PRIMARY KEY,
    content   LONGBLOB NOT NULL,
    CONSTRAINT fk_personal_data_export_archive FOREIGN KEY (export_id) REFERENCES personal_data_export (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request to be forgotten (Art. 17), the registrar's decision and, once carried out, what was erased and kept.
CREATE TABLE erasure_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    account_id     BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6)   NULL,
    decided_by     VARCHAR(254)  NULL,
    refusal_reason VARCHAR(2000) NULL,
    outcome        TEXT          NULL,
    CONSTRAINT ck_erasure_request_status CHECK (status IN ('REQUESTED', 'ERASED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_request_status ON erasure_request (status, requested_at);
CREATE INDEX ix_erasure_request_account ON erasure_request (account_id);

-- An erased account keeps its row (ids elsewhere point at it) under a pseudonym, and can never sign in.
ALTER TABLE account ADD COLUMN erased_at DATETIME(6) NULL;

-- An erased person's uploads keep their row (records that are kept refer to it) but lose their bytes.
ALTER TABLE document ADD COLUMN erased_at DATETIME(6) NULL;
