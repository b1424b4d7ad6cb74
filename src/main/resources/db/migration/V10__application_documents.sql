-- Supporting documents (proof of studies, degree certificate, employer letter, licence) attached to an application.
CREATE TABLE application_document (
    application_id BIGINT      NOT NULL,
    document_id    UUID        NOT NULL,
    attached_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (application_id, document_id),
    CONSTRAINT fk_application_document_application FOREIGN KEY (application_id) REFERENCES membership_application (id),
    CONSTRAINT fk_application_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_application_document_document ON application_document (document_id);
