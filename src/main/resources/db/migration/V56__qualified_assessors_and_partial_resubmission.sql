-- Issue 20: assessors the registrar qualified to judge a designation they do not hold themselves, with who
-- qualified them and when (holding the designation, or a higher one at manager level, qualifies without a row).
CREATE TABLE assessor_qualification (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessor_account_id     BIGINT       NOT NULL,
    designation_code        VARCHAR(8)   NOT NULL,
    qualified_by_account_id BIGINT       NOT NULL,
    qualified_at            DATETIME(6)  NOT NULL,
    note                    VARCHAR(500) NOT NULL,
    CONSTRAINT uk_assessor_qualification UNIQUE (assessor_account_id, designation_code),
    CONSTRAINT fk_assessor_qualification_assessor FOREIGN KEY (assessor_account_id) REFERENCES account (id),
    CONSTRAINT fk_assessor_qualification_by FOREIGN KEY (qualified_by_account_id) REFERENCES account (id),
    CONSTRAINT fk_assessor_qualification_designation FOREIGN KEY (designation_code) REFERENCES designation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 20: a partial resubmission's panel assesses only the domains the earlier panel found not yet met; the
-- met ones carry over from that panel's decision.
ALTER TABLE panel ADD COLUMN resubmission_of BIGINT NULL,
    ADD CONSTRAINT fk_panel_resubmission_of FOREIGN KEY (resubmission_of) REFERENCES panel (id);

-- The last day a candidate asked to resubmit may submit the next version (the resubmission window).
ALTER TABLE portfolio ADD COLUMN resubmit_by DATE NULL;
