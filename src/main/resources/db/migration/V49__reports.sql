-- Every export of a registrar report (issue 18): who took which report, with which filters, how many rows, when.
CREATE TABLE report_export (
    id BIGINT NOT NULL AUTO_INCREMENT,
    account_id BIGINT NOT NULL,
    report VARCHAR(60) NOT NULL,
    format VARCHAR(10) NOT NULL,
    filters VARCHAR(1000) NOT NULL,
    row_count BIGINT NOT NULL,
    exported_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_report_export PRIMARY KEY (id),
    CONSTRAINT fk_report_export_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_report_export_exported_at ON report_export (exported_at);

