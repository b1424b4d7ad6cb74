-- Routes and fees per designation (seed 003: experience and exam routes; seed 001: exam enrolment and renewal
-- fees), and the certifications awarded. Fees are in pounds sterling; admins tune them in the portal.
ALTER TABLE designation
    ADD COLUMN version                        BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN exam_route_offered             BOOLEAN       NOT NULL DEFAULT TRUE,
    ADD COLUMN experience_route_offered       BOOLEAN       NOT NULL DEFAULT TRUE,
    ADD COLUMN exam_fee                       DECIMAL(10, 2) NOT NULL DEFAULT 350.00,
    ADD COLUMN renewal_fee                    DECIMAL(10, 2) NOT NULL DEFAULT 150.00,
    ADD COLUMN recertification_essay_required BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_designation_fees CHECK (exam_fee >= 0 AND renewal_fee >= 0);

-- Managers sit a longer exam and carry the essay every cycle, as ICMI asks of its managers (issue 6).
UPDATE designation SET exam_fee = 395.00, renewal_fee = 175.00 WHERE level = 'SPECIALIST';
UPDATE designation SET exam_fee = 450.00, renewal_fee = 195.00, recertification_essay_required = TRUE
    WHERE level = 'MANAGER';

CREATE TABLE certification (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    holder_account_id  BIGINT       NOT NULL,
    designation_code   VARCHAR(8)   NOT NULL,
    designation_name   VARCHAR(120) NOT NULL,
    route              VARCHAR(20)  NOT NULL,
    awarded_on         DATE         NOT NULL,
    cycle_starts_on    DATE         NOT NULL,
    expires_on         DATE         NOT NULL,
    cycle_number       INT          NOT NULL,
    cpd_hours_required INT          NOT NULL,
    verification_code  CHAR(19)     NOT NULL,
    lapsed_on          DATE         NULL,
    CONSTRAINT uk_certification_verification_code UNIQUE (verification_code),
    CONSTRAINT fk_certification_holder FOREIGN KEY (holder_account_id) REFERENCES account (id),
    CONSTRAINT fk_certification_designation FOREIGN KEY (designation_code) REFERENCES designation (code),
    CONSTRAINT ck_certification_route CHECK (route IN ('EXAM', 'EXPERIENCE')),
    CONSTRAINT ck_certification_cycle CHECK (expires_on > cycle_starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certification_holder ON certification (holder_account_id);
CREATE INDEX ix_certification_expiry ON certification (expires_on, lapsed_on);
