-- People who can sign in, the roles they hold, and the record of every staff-role change.
CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    email              VARCHAR(254) NOT NULL,
    full_name          VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(120) NOT NULL,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('APPLICANT', 'MEMBER', 'ASSESSOR', 'REGISTRAR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_role_role ON account_role (role);

CREATE TABLE role_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    granted    BOOLEAN      NOT NULL,
    changed_by VARCHAR(254) NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_role_change_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_role_change_changed_at ON role_change (changed_at);
