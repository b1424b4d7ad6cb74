-- Issue 19: hardship extensions and pauses of a certification's CPD cycle, and the deadline of a CPD audit.

-- A member's request for relief from one cycle (an extension of its end, or a pause that lowers its requirement),
-- with its evidence, and the registrar's decision. The values the decision changed are kept beside it, so the
-- transcript can say what the cycle was before. One open request and one granted relief per cycle, held by the keys.
CREATE TABLE cpd_hardship_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    account_id           BIGINT        NOT NULL,
    certification_id     BIGINT        NOT NULL,
    cycle_number         INT           NOT NULL,
    designation_code     VARCHAR(8)    NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    reason               VARCHAR(30)   NOT NULL,
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    explanation          VARCHAR(2000) NOT NULL,
    evidence_document_id UUID          NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    requested_at         DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6)   NULL,
    decided_by           VARCHAR(254)  NULL,
    decision_note        VARCHAR(2000) NULL,
    previous_expires_on  DATE          NULL,
    granted_expires_on   DATE          NULL,
    previous_required    INT           NULL,
    paused_months        INT           NULL,
    granted_required     INT           NULL,
    open_cycle           INT AS (CASE WHEN state = 'REQUESTED' THEN cycle_number END) PERSISTENT,
    granted_cycle        INT AS (CASE WHEN state IN ('EXTENDED', 'PAUSED') THEN cycle_number END) PERSISTENT,
    CONSTRAINT uk_cpd_hardship_open UNIQUE (certification_id, open_cycle),
    CONSTRAINT uk_cpd_hardship_granted UNIQUE (certification_id, granted_cycle),
    CONSTRAINT fk_cpd_hardship_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_cpd_hardship_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT fk_cpd_hardship_document FOREIGN KEY (evidence_document_id) REFERENCES document (id),
    CONSTRAINT ck_cpd_hardship_kind CHECK (kind IN ('EXTENSION', 'PAUSE')),
    CONSTRAINT ck_cpd_hardship_reason CHECK (reason IN ('ILLNESS', 'PARENTAL_LEAVE', 'HARDSHIP')),
    CONSTRAINT ck_cpd_hardship_state CHECK (state IN ('REQUESTED', 'EXTENDED', 'PAUSED', 'REFUSED')),
    CONSTRAINT ck_cpd_hardship_dates CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_hardship_state ON cpd_hardship_request (state, requested_at);
CREATE INDEX ix_cpd_hardship_account ON cpd_hardship_request (account_id, requested_at);
CREATE INDEX ix_cpd_hardship_document ON cpd_hardship_request (evidence_document_id);

-- An audit asks for the evidence by a deadline (a setting on the day it is asked); a reminder goes once before it,
-- and an audit left unanswered past it stops counting (AUDIT_EXPIRED).
ALTER TABLE cpd_activity
    ADD COLUMN audit_due_on DATE NULL,
    ADD COLUMN audit_reminded_at DATETIME(6) NULL,
    DROP CONSTRAINT ck_cpd_activity_status,
    ADD CONSTRAINT ck_cpd_activity_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'MORE_EVIDENCE_REQUESTED',
        'APPROVED', 'AUDIT_REQUESTED', 'AUDIT_SUBMITTED', 'AUDIT_EXPIRED', 'REJECTED'));

-- Audits asked before deadlines existed were given none: they get the default 90 days from today, never a deadline
-- already past that nobody was told of.
UPDATE cpd_activity SET audit_due_on = DATE_ADD(CURRENT_DATE, INTERVAL 90 DAY) WHERE status = 'AUDIT_REQUESTED';

CREATE INDEX ix_cpd_activity_audit_due ON cpd_activity (status, audit_due_on);
