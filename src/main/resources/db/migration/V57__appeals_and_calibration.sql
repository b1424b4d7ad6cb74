-- Issue 20, appeals under ISO/IEC 17024: a candidate appeals a panel decision, a member a CPD rejection or a
-- revocation, once per decision (the unique key refuses a second appeal even from two sessions at once).
CREATE TABLE appeal (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    kind                 VARCHAR(20)   NOT NULL,
    decision_id          BIGINT        NOT NULL,
    appellant_account_id BIGINT        NOT NULL,
    decided_on           DATE          NOT NULL,
    lodged_at            DATETIME(6)   NOT NULL,
    grounds              VARCHAR(4000) NOT NULL,
    -- What was decided, kept as lodged: a replaced CPD rejection or revocation no longer reads as one.
    subject_name         VARCHAR(300)  NOT NULL,
    original_reason      VARCHAR(4000) NOT NULL,
    original_decider_account_id BIGINT NULL,
    status               VARCHAR(20)   NOT NULL,
    chair_account_id     BIGINT        NULL,
    outcome              VARCHAR(20)   NULL,
    reasons              VARCHAR(4000) NULL,
    decided_at           DATETIME(6)   NULL,
    CONSTRAINT uk_appeal_decision UNIQUE (kind, decision_id),
    CONSTRAINT fk_appeal_appellant FOREIGN KEY (appellant_account_id) REFERENCES account (id),
    CONSTRAINT fk_appeal_chair FOREIGN KEY (chair_account_id) REFERENCES account (id),
    CONSTRAINT ck_appeal_kind CHECK (kind IN ('PANEL_DECISION', 'CPD_REJECTION', 'REVOCATION')),
    CONSTRAINT ck_appeal_status CHECK (status IN ('LODGED', 'PANEL_FORMED', 'DECIDED')),
    CONSTRAINT ck_appeal_outcome CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'PARTLY_UPHELD', 'DISMISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appeal_appellant ON appeal (appellant_account_id);

-- The appellant's documents in support of the grounds.
CREATE TABLE appeal_document (
    appeal_id   BIGINT NOT NULL,
    document_id UUID   NOT NULL,
    CONSTRAINT pk_appeal_document PRIMARY KEY (appeal_id, document_id),
    CONSTRAINT fk_appeal_document_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    CONSTRAINT fk_appeal_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appeal_document_document ON appeal_document (document_id);

-- The appeal panel: assessors who took no part in the original decision and have no conflict with the appellant.
CREATE TABLE appeal_panel_member (
    appeal_id          BIGINT NOT NULL,
    assessor_account_id BIGINT NOT NULL,
    CONSTRAINT pk_appeal_panel_member PRIMARY KEY (appeal_id, assessor_account_id),
    CONSTRAINT fk_appeal_panel_member_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id),
    CONSTRAINT fk_appeal_panel_member_account FOREIGN KEY (assessor_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appeal_panel_member_account ON appeal_panel_member (assessor_account_id);

-- The appeal's append-only history: lodged, panel formed, decided, the decision replaced.
CREATE TABLE appeal_audit (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appeal_id        BIGINT        NOT NULL,
    actor_account_id BIGINT        NOT NULL,
    actor_name       VARCHAR(200)  NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    detail           VARCHAR(4000) NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_appeal_audit_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appeal_audit_appeal ON appeal_audit (appeal_id, recorded_at);

-- Calibration: benchmark portfolios with the scores the registrar's moderators agreed per competency domain.
CREATE TABLE benchmark (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200) NOT NULL,
    portfolio_id BIGINT       NOT NULL,
    marked_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_benchmark_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE benchmark_agreed_score (
    benchmark_id BIGINT       NOT NULL,
    domain_code  VARCHAR(20)  NOT NULL,
    score        DECIMAL(3, 2) NOT NULL,
    CONSTRAINT pk_benchmark_agreed_score PRIMARY KEY (benchmark_id, domain_code),
    CONSTRAINT fk_benchmark_agreed_score_benchmark FOREIGN KEY (benchmark_id) REFERENCES benchmark (id),
    CONSTRAINT fk_benchmark_agreed_score_domain FOREIGN KEY (domain_code) REFERENCES rubric_domain (code),
    CONSTRAINT ck_benchmark_agreed_score CHECK (score BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An assessor's blind score of a benchmark, one per domain, on the day they gave it (once per calibration period).
CREATE TABLE benchmark_score (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    benchmark_id        BIGINT      NOT NULL,
    assessor_account_id BIGINT      NOT NULL,
    scored_on           DATE        NOT NULL,
    scored_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_benchmark_score_benchmark FOREIGN KEY (benchmark_id) REFERENCES benchmark (id),
    CONSTRAINT fk_benchmark_score_assessor FOREIGN KEY (assessor_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_benchmark_score_assessor ON benchmark_score (assessor_account_id, scored_on);

CREATE TABLE benchmark_score_domain (
    benchmark_score_id BIGINT      NOT NULL,
    domain_code        VARCHAR(20) NOT NULL,
    score              INT         NOT NULL,
    CONSTRAINT pk_benchmark_score_domain PRIMARY KEY (benchmark_score_id, domain_code),
    CONSTRAINT fk_benchmark_score_domain_score FOREIGN KEY (benchmark_score_id) REFERENCES benchmark_score (id),
    CONSTRAINT fk_benchmark_score_domain_domain FOREIGN KEY (domain_code) REFERENCES rubric_domain (code),
    CONSTRAINT ck_benchmark_score_domain CHECK (score BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A flagged assessor's score on a panel, confirmed by a second marker before the panel's decision is final.
CREATE TABLE second_marking (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT        NOT NULL DEFAULT 0,
    panel_id                   BIGINT        NOT NULL,
    flagged_assessor_account_id BIGINT       NOT NULL,
    marker_account_id          BIGINT        NOT NULL,
    assigned_at                DATETIME(6)   NOT NULL,
    confirmed_at               DATETIME(6)   NULL,
    note                       VARCHAR(2000) NULL,
    CONSTRAINT uk_second_marking UNIQUE (panel_id, flagged_assessor_account_id),
    CONSTRAINT fk_second_marking_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_second_marking_flagged FOREIGN KEY (flagged_assessor_account_id) REFERENCES account (id),
    CONSTRAINT fk_second_marking_marker FOREIGN KEY (marker_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_second_marking_marker ON second_marking (marker_account_id);
