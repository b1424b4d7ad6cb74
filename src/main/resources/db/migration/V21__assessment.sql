-- The reviewer workspace: panels that judge portfolios on the four competency domains (seed 004), their scores,
-- interviews and decisions, declared conflicts, and an append-only audit history.

-- The registrar's tunable rules: panel size, days to score, and the spread in a domain that flags disagreement.
CREATE TABLE assessment_settings (
    id                  INT     NOT NULL PRIMARY KEY,
    panel_size          INT     NOT NULL,
    days_to_score       INT     NOT NULL,
    disagreement_spread INT     NOT NULL,
    CONSTRAINT ck_assessment_settings_single CHECK (id = 1),
    CONSTRAINT ck_assessment_settings_values CHECK (panel_size >= 1 AND days_to_score >= 1
        AND disagreement_spread BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assessment_settings (id, panel_size, days_to_score, disagreement_spread) VALUES (1, 3, 21, 2);

CREATE TABLE rubric_domain (
    code     VARCHAR(20)  NOT NULL PRIMARY KEY,
    name     VARCHAR(60)  NOT NULL,
    position INT          NOT NULL,
    CONSTRAINT uk_rubric_domain_position UNIQUE (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_criterion (
    id          BIGINT       NOT NULL PRIMARY KEY,
    domain_code VARCHAR(20)  NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(300) NOT NULL,
    CONSTRAINT uk_rubric_criterion_position UNIQUE (domain_code, position),
    CONSTRAINT fk_rubric_criterion_domain FOREIGN KEY (domain_code) REFERENCES rubric_domain (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO rubric_domain (code, name, position) VALUES
    ('LEADERSHIP', 'Leadership', 1), ('PEOPLE', 'People', 2), ('CUSTOMERS', 'Customers', 3),
    ('OPERATIONS', 'Operations', 4);

INSERT INTO rubric_criterion (id, domain_code, position, text) VALUES
    (1, 'LEADERSHIP', 1, 'Sets a service strategy and vision aligned with the organisation''s goals'),
    (2, 'LEADERSHIP', 2, 'Leads change and continuous improvement, with measurable results'),
    (3, 'LEADERSHIP', 3, 'Makes the business case and manages the centre''s budget'),
    (4, 'PEOPLE', 1, 'Recruits, develops and coaches agents and team leaders'),
    (5, 'PEOPLE', 2, 'Builds engagement and retention in a healthy culture'),
    (6, 'PEOPLE', 3, 'Manages performance with fair, clear measures'),
    (7, 'CUSTOMERS', 1, 'Designs and improves the customer journey across channels'),
    (8, 'CUSTOMERS', 2, 'Acts on customer feedback and satisfaction data'),
    (9, 'CUSTOMERS', 3, 'Handles complaints and recovers service failures'),
    (10, 'OPERATIONS', 1, 'Forecasts workload and schedules staff to meet service levels'),
    (11, 'OPERATIONS', 2, 'Uses technology, CRM and reporting to run the centre'),
    (12, 'OPERATIONS', 3, 'Improves processes, quality and efficiency with evidence');

-- "Do not put me with this person": an assessor about a candidate, or a candidate about an assessor.
CREATE TABLE declared_conflict (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    declared_by_account_id BIGINT      NOT NULL,
    other_account_id      BIGINT       NOT NULL,
    reason                VARCHAR(500) NOT NULL,
    declared_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_declared_conflict_pair UNIQUE (declared_by_account_id, other_account_id),
    CONSTRAINT fk_declared_conflict_by FOREIGN KEY (declared_by_account_id) REFERENCES account (id),
    CONSTRAINT fk_declared_conflict_other FOREIGN KEY (other_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_declared_conflict_other ON declared_conflict (other_account_id);

CREATE TABLE panel (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    portfolio_id         BIGINT        NOT NULL,
    portfolio_version    INT           NOT NULL,
    candidate_account_id BIGINT        NOT NULL,
    designation_code     VARCHAR(8)    NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    due_on               DATE          NOT NULL,
    formed_at            DATETIME(6)   NOT NULL,
    interview_at         DATETIME(6)   NULL,
    interview_place      VARCHAR(300)  NULL,
    interview_outcome    TEXT          NULL,
    outcome              VARCHAR(20)   NULL,
    rationale            TEXT          NULL,
    candidate_message    TEXT          NULL,
    decided_at           DATETIME(6)   NULL,
    letter_document_id   UUID          NULL,
    CONSTRAINT uk_panel_portfolio_version UNIQUE (portfolio_id, portfolio_version),
    CONSTRAINT fk_panel_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_panel_candidate FOREIGN KEY (candidate_account_id) REFERENCES account (id),
    CONSTRAINT ck_panel_status CHECK (status IN ('SCORING', 'INTERVIEW', 'DECIDED')),
    CONSTRAINT ck_panel_outcome CHECK (outcome IS NULL OR outcome IN ('AWARD', 'RESUBMIT', 'DECLINE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE panel_member (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    panel_id            BIGINT       NOT NULL,
    assessor_account_id BIGINT       NOT NULL,
    chair               BOOLEAN      NOT NULL,
    -- Why the registrar placed this assessor despite a conflict the portal found; null when there was none.
    conflict_override   VARCHAR(500) NULL,
    assigned_at         DATETIME(6)  NOT NULL,
    recused_at          DATETIME(6)  NULL,
    recusal_reason      VARCHAR(500) NULL,
    last_reminded_at    DATETIME(6)  NULL,
    CONSTRAINT fk_panel_member_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_panel_member_assessor FOREIGN KEY (assessor_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_panel_member_assessor ON panel_member (assessor_account_id, recused_at);

CREATE TABLE score (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    panel_id            BIGINT      NOT NULL,
    assessor_account_id BIGINT      NOT NULL,
    status              VARCHAR(20) NOT NULL,
    recommendation      VARCHAR(20) NULL,
    updated_at          DATETIME(6) NOT NULL,
    submitted_at        DATETIME(6) NULL,
    CONSTRAINT uk_score_assessor UNIQUE (panel_id, assessor_account_id),
    CONSTRAINT fk_score_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT ck_score_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_score_recommendation CHECK (recommendation IS NULL
        OR recommendation IN ('AWARD', 'INTERVIEW', 'RESUBMIT', 'DECLINE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_point (
    score_id     BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    points       INT    NOT NULL,
    PRIMARY KEY (score_id, criterion_id),
    CONSTRAINT fk_score_point_score FOREIGN KEY (score_id) REFERENCES score (id),
    CONSTRAINT fk_score_point_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id),
    CONSTRAINT ck_score_point_range CHECK (points BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_comment (
    score_id    BIGINT      NOT NULL,
    domain_code VARCHAR(20) NOT NULL,
    comment     TEXT        NOT NULL,
    PRIMARY KEY (score_id, domain_code),
    CONSTRAINT fk_score_comment_score FOREIGN KEY (score_id) REFERENCES score (id),
    CONSTRAINT fk_score_comment_domain FOREIGN KEY (domain_code) REFERENCES rubric_domain (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every score, change and decision with who and when. Rows are only ever inserted.
CREATE TABLE assessment_audit (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    panel_id         BIGINT        NOT NULL,
    actor_account_id BIGINT        NOT NULL,
    actor_name       VARCHAR(150)  NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    detail           VARCHAR(2000) NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_assessment_audit_panel FOREIGN KEY (panel_id) REFERENCES panel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessment_audit_panel ON assessment_audit (panel_id, recorded_at);
