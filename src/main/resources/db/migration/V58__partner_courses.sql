-- Issue 19: certification partners, the courses they (or the institute) have approved for CPD credit with a claim
-- code, and the credit each member took from a course by code or roster (partners module;
-- docs/decisions/partner-courses-and-claim-codes.md).

-- An organisation offering the institute's programmes (seed 002's implementation and certification partners).
CREATE TABLE partner (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(200) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    recorded_by VARCHAR(254) NOT NULL,
    CONSTRAINT uk_partner_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people who act for a partner in the portal: they register its courses and upload their rosters.
CREATE TABLE partner_contact (
    partner_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_partner_contact PRIMARY KEY (partner_id, account_id),
    CONSTRAINT fk_partner_contact_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_contact_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_contact_account ON partner_contact (account_id);

-- A course approved for CPD credit; partner_id is null for the institute's own courses.
CREATE TABLE approved_course (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    partner_id    BIGINT       NULL,
    claim_code    VARCHAR(20)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    provider      VARCHAR(200) NOT NULL,
    category      VARCHAR(30)  NOT NULL,
    activity_type VARCHAR(40)  NOT NULL,
    hours         DECIMAL(6, 2) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE         NOT NULL,
    registered_at DATETIME(6)  NOT NULL,
    registered_by VARCHAR(254) NOT NULL,
    CONSTRAINT uk_approved_course_claim_code UNIQUE (claim_code),
    CONSTRAINT fk_approved_course_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_approved_course_type FOREIGN KEY (activity_type) REFERENCES cpd_activity_type (code),
    CONSTRAINT ck_approved_course_dates CHECK (valid_to >= valid_from),
    CONSTRAINT ck_approved_course_hours CHECK (hours > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_approved_course_partner ON approved_course (partner_id, valid_to);

-- Each member is credited for a course once, by claim code or roster; the CPD activity it recorded.
CREATE TABLE course_credit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    activity_id BIGINT       NOT NULL,
    via         VARCHAR(10)  NOT NULL,
    credited_at DATETIME(6)  NOT NULL,
    credited_by VARCHAR(254) NOT NULL,
    CONSTRAINT uk_course_credit_member UNIQUE (course_id, account_id),
    CONSTRAINT fk_course_credit_course FOREIGN KEY (course_id) REFERENCES approved_course (id),
    CONSTRAINT fk_course_credit_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_course_credit_via CHECK (via IN ('CODE', 'ROSTER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_credit_account ON course_credit (account_id);
