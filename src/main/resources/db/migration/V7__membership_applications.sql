-- Membership applications (one per applicant, reopened for amendments), the registrar's decisions on them,
-- and the memberships they create with their member numbers.
CREATE TABLE membership_application (
    id                            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                       BIGINT       NOT NULL DEFAULT 0,
    applicant_account_id          BIGINT       NOT NULL,
    category                      VARCHAR(40)  NULL,
    status                        VARCHAR(30)  NOT NULL,
    study_mode                    VARCHAR(20)  NOT NULL,
    enrolled_in_degree_programme  BOOLEAN      NOT NULL,
    holds_bachelors_degree        BOOLEAN      NOT NULL,
    ever_licensed_crm             BOOLEAN      NOT NULL,
    pursuing_institute_pathway    BOOLEAN      NOT NULL,
    holds_foreign_crm_licence     BOOLEAN      NOT NULL,
    serves_on_committee           BOOLEAN      NOT NULL,
    works_in_consulting_legal_government_banking BOOLEAN NOT NULL,
    employment                    VARCHAR(300) NOT NULL DEFAULT '',
    created_at                    DATETIME(6)  NOT NULL,
    updated_at                    DATETIME(6)  NOT NULL,
    submitted_at                  DATETIME(6)  NULL,
    CONSTRAINT uk_membership_application_applicant UNIQUE (applicant_account_id),
    CONSTRAINT fk_membership_application_account FOREIGN KEY (applicant_account_id) REFERENCES account (id),
    CONSTRAINT ck_membership_application_status CHECK (status IN
        ('DRAFT', 'AWAITING_SPONSORS', 'SUBMITTED', 'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_application_status ON membership_application (status, submitted_at);

CREATE TABLE application_decision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    outcome        VARCHAR(30)  NOT NULL,
    note           TEXT         NULL,
    decided_by     VARCHAR(254) NOT NULL,
    decided_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_application_decision_application FOREIGN KEY (application_id) REFERENCES membership_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    account_id    BIGINT      NOT NULL PRIMARY KEY,
    member_number VARCHAR(20) NOT NULL,
    category      VARCHAR(40) NOT NULL,
    member_since  DATE        NOT NULL,
    CONSTRAINT uk_membership_number UNIQUE (member_number),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Member numbers come from a sequence so two approvals at once never share one.
CREATE SEQUENCE member_number_seq START WITH 1001 INCREMENT BY 1;
