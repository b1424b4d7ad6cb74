-- CPD (issue 6, seed 001): the four categories' caps and credit values as data the institute can tune, the
-- members' logged activities with their evidence, the recertification essays, and the reminders already sent.

CREATE TABLE cpd_category_rule (
    category    VARCHAR(30)   NOT NULL PRIMARY KEY,
    credit_cap  DECIMAL(6, 2) NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT ck_cpd_category_rule_category
        CHECK (category IN ('CONTINUING_EDUCATION', 'INSTRUCTION', 'ON_THE_JOB', 'RESEARCH')),
    CONSTRAINT ck_cpd_category_rule_cap CHECK (credit_cap >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cpd_category_rule (category, credit_cap, sort_order) VALUES
    ('CONTINUING_EDUCATION', 30, 1),
    ('INSTRUCTION', 20, 2),
    ('ON_THE_JOB', 20, 3),
    ('RESEARCH', 25, 4);

-- The kinds of activity per category, as seed 001 lists them. Hour-based kinds earn credits_per_hour for each
-- hour; research items earn a fixed number of credits (fixed_credits) whatever the hours.
CREATE TABLE cpd_activity_type (
    code             VARCHAR(40)   NOT NULL PRIMARY KEY,
    category         VARCHAR(30)   NOT NULL,
    label            VARCHAR(160)  NOT NULL,
    credits_per_hour DECIMAL(4, 2) NULL,
    fixed_credits    DECIMAL(6, 2) NULL,
    sort_order       INT           NOT NULL,
    CONSTRAINT fk_cpd_activity_type_category FOREIGN KEY (category) REFERENCES cpd_category_rule (category),
    CONSTRAINT ck_cpd_activity_type_credit CHECK ((credits_per_hour IS NULL) <> (fixed_credits IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cpd_activity_type (code, category, label, credits_per_hour, fixed_credits, sort_order) VALUES
    ('COLLEGE_COURSE', 'CONTINUING_EDUCATION', 'College or university course', 1, NULL, 1),
    ('CONFERENCE', 'CONTINUING_EDUCATION', 'Conference or seminar', 1, NULL, 2),
    ('WORKSHOP', 'CONTINUING_EDUCATION', 'Workshop', 1, NULL, 3),
    ('E_LEARNING', 'CONTINUING_EDUCATION', 'E-learning course', 1, NULL, 4),
    ('WEBINAR', 'CONTINUING_EDUCATION', 'Webinar, webcast or video-conference', 1, NULL, 5),
    ('INTERNAL_PRESENTATION', 'INSTRUCTION', 'Formal presentation within your organisation', 1, NULL, 1),
    ('COURSE_OR_SESSION', 'INSTRUCTION', 'Course, workshop, public seminar or conference session', 1, NULL, 2),
    ('CX_FRAMEWORK', 'ON_THE_JOB', 'Developing a Customer Experience Framework', 1, NULL, 1),
    ('SERVICE_STRATEGY', 'ON_THE_JOB', 'Researching and designing a Customer Service Strategy', 1, NULL, 2),
    ('CRM_SYSTEM', 'ON_THE_JOB', 'Researching, designing and implementing a CRM tool or system', 1, NULL, 3),
    ('EXCELLENCE_COMMITTEE', 'ON_THE_JOB',
        'Service Excellence Committee work implementing a new service procedure', 1, NULL, 4),
    ('ENGAGEMENT_PROGRAMME', 'ON_THE_JOB',
        'Designing and implementing an Engagement Hub, Loyalty Program or Retention Strategy', 1, NULL, 5),
    ('JOURNAL_ARTICLE', 'RESEARCH', 'Primary or sole author of an article in a recurring journal', NULL, 10, 1),
    ('PUBLISHED_TEXT', 'RESEARCH', 'Significant contribution to a published text', NULL, 10, 2),
    ('CO_WRITTEN_ARTICLE', 'RESEARCH', 'Co-writing or editing an article or a textbook chapter', NULL, 5, 3),
    ('DEVELOPMENT_VIDEO', 'RESEARCH', 'Creating a professional development video', NULL, 5, 4);

-- Tunable CPD settings: the share of approved claims sampled for audit (PMI audits a random sample).
CREATE TABLE cpd_policy (
    id                   INT     NOT NULL PRIMARY KEY,
    audit_sample_percent INT     NOT NULL,
    CONSTRAINT ck_cpd_policy_single CHECK (id = 1),
    CONSTRAINT ck_cpd_policy_percent CHECK (audit_sample_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cpd_policy (id, audit_sample_percent) VALUES (1, 10);

CREATE TABLE cpd_activity (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    account_id            BIGINT        NOT NULL,
    category              VARCHAR(30)   NOT NULL,
    activity_type         VARCHAR(40)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    provider              VARCHAR(200)  NOT NULL,
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    hours                 DECIMAL(6, 2) NOT NULL,
    excluded_hours        DECIMAL(6, 2) NOT NULL DEFAULT 0,
    description           VARCHAR(2000) NULL,
    audience              VARCHAR(200)  NULL,
    independence_declared BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(30)   NOT NULL,
    source_key            VARCHAR(120)  NULL,
    created_at            DATETIME(6)   NOT NULL,
    submitted_at          DATETIME(6)   NULL,
    reviewed_at           DATETIME(6)   NULL,
    reviewed_by           VARCHAR(254)  NULL,
    review_note           VARCHAR(2000) NULL,
    CONSTRAINT uk_cpd_activity_source_key UNIQUE (source_key),
    CONSTRAINT fk_cpd_activity_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_cpd_activity_type FOREIGN KEY (activity_type) REFERENCES cpd_activity_type (code),
    CONSTRAINT ck_cpd_activity_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'MORE_EVIDENCE_REQUESTED',
        'APPROVED', 'AUDIT_REQUESTED', 'AUDIT_SUBMITTED', 'REJECTED')),
    CONSTRAINT ck_cpd_activity_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_cpd_activity_hours CHECK (hours >= 0 AND excluded_hours >= 0 AND excluded_hours <= hours)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_activity_account ON cpd_activity (account_id, ends_on);
CREATE INDEX ix_cpd_activity_status ON cpd_activity (status, submitted_at);

CREATE TABLE cpd_activity_document (
    activity_id BIGINT NOT NULL,
    document_id UUID   NOT NULL,
    CONSTRAINT pk_cpd_activity_document PRIMARY KEY (activity_id, document_id),
    CONSTRAINT fk_cpd_activity_document_activity FOREIGN KEY (activity_id) REFERENCES cpd_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_cpd_activity_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_activity_document_document ON cpd_activity_document (document_id);

-- One essay per certification cycle (ICMI's recertification essay, seed 004), reviewed by an assessor.
CREATE TABLE cpd_essay (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    account_id       BIGINT        NOT NULL,
    certification_id BIGINT        NOT NULL,
    cycle_number     INT           NOT NULL,
    designation_code VARCHAR(8)    NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    reviewed_at      DATETIME(6)   NULL,
    reviewed_by      VARCHAR(254)  NULL,
    feedback         VARCHAR(2000) NULL,
    CONSTRAINT uk_cpd_essay_cycle UNIQUE (certification_id, cycle_number),
    CONSTRAINT fk_cpd_essay_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_cpd_essay_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT ck_cpd_essay_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cpd_essay_status ON cpd_essay (status, submitted_at);

-- Reminders sent, one row per certification cycle and milestone: the unique key is what makes "never twice"
-- hold even when two portal instances run the job at once.
CREATE TABLE cpd_reminder_sent (
    certification_id BIGINT      NOT NULL,
    cycle_number     INT         NOT NULL,
    milestone        VARCHAR(20) NOT NULL,
    sent_at          DATETIME(6) NOT NULL,
    CONSTRAINT pk_cpd_reminder_sent PRIMARY KEY (certification_id, cycle_number, milestone),
    CONSTRAINT fk_cpd_reminder_sent_certification FOREIGN KEY (certification_id) REFERENCES certification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
