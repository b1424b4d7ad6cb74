-- Notifications: the transactional outbox of emails for the SMTP sender, and each person's in-portal inbox.
-- Both are written by the notification module's event listeners; accounts are referred to by id only (identity
-- owns them), so there is no foreign key across the module boundary.
CREATE TABLE outbound_email (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- The event and recipient this email is for: the same event delivered twice queues one email.
    idempotency_key VARCHAR(200)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    CONSTRAINT uk_outbound_email_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_outbound_email_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbound_email_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sender's question: which pending emails are due now?
CREATE INDEX ix_outbound_email_due ON outbound_email (status, next_attempt_at);

CREATE TABLE inbox_item (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    -- A route inside the portal, e.g. 'membership/eligibility'.
    link       VARCHAR(200)  NULL,
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inbox_item_account_created ON inbox_item (account_id, created_at);
