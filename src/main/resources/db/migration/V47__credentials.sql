-- Credentials an employer can trust (issue 17): the holder's name frozen at issue, suspension and revocation with a
-- public reason category, the certification's bit in the published status lists, its audited history, and the
-- holder's requests to change the name printed on their credentials.

-- holder_name is the name as issued; existing certifications take the holder's name as it stands today.
-- issued_on / issue_number: the latest (re)issue; a name change reissues with the same verification code.
-- status_list_index: the certification's bit in the revocation and suspension status lists (131,072 bits each),
-- drawn at random at the award so the index says nothing about when or to whom it was issued; certifications
-- awarded before this migration take their id.
ALTER TABLE certification
    ADD COLUMN holder_name           VARCHAR(120)  NULL,
    ADD COLUMN issued_on             DATE          NULL,
    ADD COLUMN issue_number          INT           NOT NULL DEFAULT 1,
    ADD COLUMN suspended_on          DATE          NULL,
    ADD COLUMN suspended_until       DATE          NULL,
    ADD COLUMN revoked_on            DATE          NULL,
    ADD COLUMN standing_reason       VARCHAR(30)   NULL,
    ADD COLUMN standing_explanation  VARCHAR(1000) NULL,
    ADD COLUMN status_list_index     INT           NULL;

UPDATE certification c JOIN account a ON a.id = c.holder_account_id
SET c.holder_name = a.full_name, c.issued_on = c.awarded_on, c.status_list_index = c.id;

ALTER TABLE certification
    MODIFY holder_name       VARCHAR(120) NOT NULL,
    MODIFY issued_on         DATE         NOT NULL,
    MODIFY status_list_index INT          NOT NULL,
    ADD CONSTRAINT uk_certification_status_list_index UNIQUE (status_list_index),
    ADD CONSTRAINT ck_certification_suspension CHECK (suspended_until IS NULL OR suspended_on IS NOT NULL);

-- What happened to a certification after its award, by whom and why: suspensions, lifts, revocations, reissues.
CREATE TABLE certification_history (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certification_id  BIGINT        NOT NULL,
    happened_at       DATETIME(6)   NOT NULL,
    actor_account_id  BIGINT        NOT NULL,
    action            VARCHAR(20)   NOT NULL,
    detail            VARCHAR(1200) NOT NULL,
    CONSTRAINT fk_certification_history_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT fk_certification_history_actor FOREIGN KEY (actor_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certification_history_certification ON certification_history (certification_id, happened_at);

-- A holder's request to change the name on their credentials, with the evidence (e.g. a marriage certificate)
-- and the registrar's decision.
CREATE TABLE name_change_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    holder_account_id    BIGINT        NOT NULL,
    name_as_issued       VARCHAR(120)  NOT NULL,
    requested_name       VARCHAR(120)  NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    evidence_document_id UUID          NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    requested_at         DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6)   NULL,
    decided_by           BIGINT        NULL,
    refusal_reason       VARCHAR(1000) NULL,
    CONSTRAINT fk_name_change_holder FOREIGN KEY (holder_account_id) REFERENCES account (id),
    CONSTRAINT fk_name_change_evidence FOREIGN KEY (evidence_document_id) REFERENCES document (id),
    CONSTRAINT ck_name_change_state CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_name_change_request_state ON name_change_request (state, requested_at);
CREATE INDEX ix_name_change_request_holder ON name_change_request (holder_account_id);
CREATE INDEX ix_name_change_request_evidence ON name_change_request (evidence_document_id);
