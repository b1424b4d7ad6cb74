-- Experience-route portfolios (seed 003): key projects, evidence with captions, references with their letters.
-- Content lives in numbered versions; a submitted version is frozen, and a resubmission starts the next number.

-- What a complete portfolio holds at least; the registrar's policy, tuned here rather than in code.
CREATE TABLE portfolio_rules (
    id             INT     NOT NULL PRIMARY KEY,
    min_projects   INT     NOT NULL,
    min_evidence   INT     NOT NULL,
    min_references INT     NOT NULL,
    CONSTRAINT ck_portfolio_rules_single CHECK (id = 1),
    CONSTRAINT ck_portfolio_rules_minimums CHECK (min_projects >= 1 AND min_evidence >= 0 AND min_references >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO portfolio_rules (id, min_projects, min_evidence, min_references) VALUES (1, 2, 1, 2);

CREATE TABLE portfolio (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT      NOT NULL DEFAULT 0,
    candidate_account_id BIGINT      NOT NULL,
    designation_code     VARCHAR(8)  NOT NULL,
    status               VARCHAR(30) NOT NULL,
    -- The panel's guidance when it asked for a resubmission; shown to the candidate while they revise.
    guidance             TEXT        NULL,
    opened_at            DATETIME(6) NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_portfolio_candidate FOREIGN KEY (candidate_account_id) REFERENCES account (id),
    CONSTRAINT fk_portfolio_designation FOREIGN KEY (designation_code) REFERENCES designation (code),
    CONSTRAINT ck_portfolio_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RESUBMISSION_REQUESTED', 'AWARDED',
        'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_portfolio_candidate ON portfolio (candidate_account_id);
CREATE INDEX ix_portfolio_status ON portfolio (status);

CREATE TABLE portfolio_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    portfolio_id BIGINT      NOT NULL,
    number       INT         NOT NULL,
    submitted_at DATETIME(6) NULL,
    CONSTRAINT uk_portfolio_version_number UNIQUE (portfolio_id, number),
    CONSTRAINT fk_portfolio_version_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portfolio_project (
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    role        VARCHAR(200) NOT NULL,
    started_on  DATE         NOT NULL,
    ended_on    DATE         NULL,
    description TEXT         NOT NULL,
    outcomes    TEXT         NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_portfolio_project_version FOREIGN KEY (version_id) REFERENCES portfolio_version (id),
    CONSTRAINT ck_portfolio_project_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portfolio_evidence (
    version_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    document_id UUID         NOT NULL,
    caption     VARCHAR(300) NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_portfolio_evidence_version FOREIGN KEY (version_id) REFERENCES portfolio_version (id),
    CONSTRAINT fk_portfolio_evidence_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_portfolio_evidence_document ON portfolio_evidence (document_id);

CREATE TABLE portfolio_reference (
    version_id         BIGINT       NOT NULL,
    position           INT          NOT NULL,
    referee_name       VARCHAR(150) NOT NULL,
    referee_contact    VARCHAR(254) NOT NULL,
    relationship       VARCHAR(200) NOT NULL,
    letter_document_id UUID         NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_portfolio_reference_version FOREIGN KEY (version_id) REFERENCES portfolio_version (id),
    CONSTRAINT fk_portfolio_reference_document FOREIGN KEY (letter_document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_portfolio_reference_document ON portfolio_reference (letter_document_id);

-- Decision letters the candidate receives (the PDF is a document the candidate owns).
CREATE TABLE portfolio_letter (
    portfolio_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    outcome      VARCHAR(100) NOT NULL,
    document_id  UUID         NOT NULL,
    issued_on    DATE         NOT NULL,
    PRIMARY KEY (portfolio_id, position),
    CONSTRAINT fk_portfolio_letter_portfolio FOREIGN KEY (portfolio_id) REFERENCES portfolio (id),
    CONSTRAINT fk_portfolio_letter_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
