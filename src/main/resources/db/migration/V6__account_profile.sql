-- Contact details and current employment on every person's profile (issue 3); employer feeds assessor conflict checks.
ALTER TABLE account
    ADD COLUMN phone          VARCHAR(40)  NULL,
    ADD COLUMN postal_address VARCHAR(300) NULL,
    ADD COLUMN employer       VARCHAR(120) NULL,
    ADD COLUMN job_title      VARCHAR(120) NULL;
