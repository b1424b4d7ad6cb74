-- Issue 16: the membership year. Subscriptions per category as effective-dated rows (never updated: a new row is
-- the change, and the rows are its audit trail), a membership's terms, its derived status as the daily roll left
-- it, the registrar's decisions about it (audited), and cancelled invoices in the payment step.

CREATE TABLE membership_fee (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category          VARCHAR(40)    NOT NULL,
    effective_from    DATE           NOT NULL,
    annual_fee        DECIMAL(10, 2) NOT NULL,
    term_months       INT            NOT NULL,
    reinstatement_fee DECIMAL(10, 2) NOT NULL,
    recorded_by       VARCHAR(254)   NOT NULL,
    recorded_at       DATETIME(6)    NOT NULL,
    CONSTRAINT uk_membership_fee_category_from UNIQUE (category, effective_from),
    CONSTRAINT ck_membership_fee_values CHECK (annual_fee >= 0 AND reinstatement_fee >= 0
        AND term_months BETWEEN 1 AND 36)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO membership_fee (category, effective_from, annual_fee, term_months, reinstatement_fee, recorded_by,
                            recorded_at)
VALUES ('STUDENT', '2000-01-01', 40.00, 12, 15.00, 'migration V46', '2026-12-06 00:00:00'),
       ('CANDIDATE', '2000-01-01', 95.00, 12, 25.00, 'migration V46', '2026-12-06 00:00:00'),
       ('ASSOCIATE', '2000-01-01', 120.00, 12, 25.00, 'migration V46', '2026-12-06 00:00:00'),
       ('CUSTOMER_SERVICE_PROFESSIONAL', '2000-01-01', 180.00, 12, 25.00, 'migration V46', '2026-12-06 00:00:00');

ALTER TABLE membership
    ADD COLUMN version             BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN status              VARCHAR(20)  NOT NULL DEFAULT 'CURRENT',
    ADD COLUMN status_since        DATE         NULL,
    ADD COLUMN registrar_hold      VARCHAR(20)  NULL,
    ADD COLUMN hold_reason         VARCHAR(500) NULL,
    ADD COLUMN resigns_at_term_end BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN next_category       VARCHAR(40)  NULL,
    ADD CONSTRAINT ck_membership_status CHECK (status IN ('PENDING_PAYMENT', 'CURRENT', 'RENEWAL_DUE', 'GRACE',
        'LAPSED', 'RESIGNED', 'SUSPENDED', 'EXPELLED')),
    ADD CONSTRAINT ck_membership_hold CHECK (registrar_hold IS NULL OR registrar_hold IN ('SUSPENDED', 'EXPELLED'));

CREATE INDEX ix_membership_status ON membership (status, category);

-- One row per term of a membership: the joining term, each renewal, a reinstatement. A renewal starts the day
-- after the previous term ends, whenever it is paid; (account, number) keeps two runs from opening one twice.
CREATE TABLE membership_term (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT         NOT NULL DEFAULT 0,
    account_id           BIGINT         NOT NULL,
    term_number          INT            NOT NULL,
    kind                 VARCHAR(20)    NOT NULL,
    category             VARCHAR(40)    NOT NULL,
    starts_on            DATE           NOT NULL,
    ends_on              DATE           NOT NULL,
    fee                  DECIMAL(10, 2) NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    settled_at           DATETIME(6)    NULL,
    final_reminder_sent  BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_membership_term_number UNIQUE (account_id, term_number),
    CONSTRAINT fk_membership_term_membership FOREIGN KEY (account_id) REFERENCES membership (account_id),
    CONSTRAINT ck_membership_term_kind CHECK (kind IN ('JOINING', 'RENEWAL', 'REINSTATEMENT', 'CARRIED_OVER')),
    CONSTRAINT ck_membership_term_status CHECK (status IN ('INVOICED', 'PAID', 'WAIVED', 'CANCELLED')),
    CONSTRAINT ck_membership_term_dates CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Memberships from before subscriptions: one settled term from their latest anniversary, so nobody lapses on
-- the day this is deployed.
INSERT INTO membership_term (account_id, term_number, kind, category, starts_on, ends_on, fee, status, settled_at)
SELECT account_id, 1, 'CARRIED_OVER', category,
       DATE_ADD(member_since, INTERVAL TIMESTAMPDIFF(YEAR, member_since, CURDATE()) YEAR),
       DATE_SUB(DATE_ADD(DATE_ADD(member_since, INTERVAL TIMESTAMPDIFF(YEAR, member_since, CURDATE()) YEAR),
                         INTERVAL 12 MONTH), INTERVAL 1 DAY),
       0.00, 'PAID', NOW(6)
FROM membership;

-- What the registrar (or the member) decided about a membership, with the reason: the register's audit trail.
CREATE TABLE membership_action (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    action     VARCHAR(30)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    taken_by   VARCHAR(254) NOT NULL,
    taken_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_membership_action_membership FOREIGN KEY (account_id) REFERENCES membership (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_action_account ON membership_action (account_id, taken_at);

-- A member's request to move category through the eligibility questionnaire, with documents, and the
-- registrar's decision; approved, the category changes at once (pro-rated difference invoiced) or at renewal.
CREATE TABLE category_change (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    account_id    BIGINT       NOT NULL,
    from_category VARCHAR(40)  NOT NULL,
    to_category   VARCHAR(40)  NOT NULL,
    answers       TEXT         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    submitted_at  DATETIME(6)  NOT NULL,
    decided_by    VARCHAR(254) NULL,
    decided_at    DATETIME(6)  NULL,
    decision_note VARCHAR(500) NULL,
    effective_on  DATE         NULL,
    CONSTRAINT fk_category_change_membership FOREIGN KEY (account_id) REFERENCES membership (account_id),
    CONSTRAINT ck_category_change_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_category_change_status ON category_change (status, submitted_at);

CREATE TABLE category_change_document (
    change_id   BIGINT NOT NULL,
    document_id UUID   NOT NULL,
    PRIMARY KEY (change_id, document_id),
    CONSTRAINT fk_category_change_document_change FOREIGN KEY (change_id) REFERENCES category_change (id),
    CONSTRAINT fk_category_change_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invoice can be cancelled (a renewal nobody paid before the membership lapsed); paying one is refused.
ALTER TABLE invoice DROP CONSTRAINT ck_invoice_status;
ALTER TABLE invoice ADD CONSTRAINT ck_invoice_status
    CHECK (status IN ('ISSUED', 'PAYMENT_DECLARED', 'PAID', 'CANCELLED'));
