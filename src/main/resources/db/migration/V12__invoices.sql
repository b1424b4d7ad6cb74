-- The payment step of every fee (exam enrolment, renewal, event places): one invoice per purpose and subject,
-- so issuing it twice returns the first.
CREATE SEQUENCE invoice_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE invoice (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    reference       VARCHAR(20)    NOT NULL,
    account_id      BIGINT         NOT NULL,
    purpose         VARCHAR(30)    NOT NULL,
    subject         VARCHAR(64)    NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    amount          DECIMAL(10, 2) NOT NULL,
    currency        CHAR(3)        NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    issued_at       DATETIME(6)    NOT NULL,
    payer_reference VARCHAR(100)   NULL,
    paid_at         DATETIME(6)    NULL,
    confirmed_by    VARCHAR(254)   NULL,
    CONSTRAINT uk_invoice_reference UNIQUE (reference),
    CONSTRAINT uk_invoice_purpose_subject UNIQUE (purpose, subject),
    CONSTRAINT fk_invoice_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_invoice_status CHECK (status IN ('ISSUED', 'PAYMENT_DECLARED', 'PAID')),
    CONSTRAINT ck_invoice_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invoice_account ON invoice (account_id, issued_at);
CREATE INDEX ix_invoice_status ON invoice (status, issued_at);
