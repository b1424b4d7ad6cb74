-- Associates' sponsors: each nomination of a member to sponsor an application, and the member's answer.
CREATE TABLE sponsorship (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT      NOT NULL DEFAULT 0,
    application_id     BIGINT      NOT NULL,
    sponsor_account_id BIGINT      NOT NULL,
    status             VARCHAR(20) NOT NULL,
    endorsement        TEXT        NULL,
    requested_at       DATETIME(6) NOT NULL,
    responded_at       DATETIME(6) NULL,
    CONSTRAINT uk_sponsorship_pair UNIQUE (application_id, sponsor_account_id),
    CONSTRAINT fk_sponsorship_application FOREIGN KEY (application_id) REFERENCES membership_application (id),
    CONSTRAINT fk_sponsorship_sponsor FOREIGN KEY (sponsor_account_id) REFERENCES account (id),
    CONSTRAINT ck_sponsorship_status CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sponsorship_sponsor ON sponsorship (sponsor_account_id, status);
