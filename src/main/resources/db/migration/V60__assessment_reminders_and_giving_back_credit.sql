-- Issue 20: automatic reminders to assessors before and on the due date, one per seat and milestone.
CREATE TABLE assessment_reminder_sent (
    panel_member_id BIGINT      NOT NULL,
    milestone       VARCHAR(20) NOT NULL,
    sent_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (panel_member_id, milestone),
    CONSTRAINT fk_assessment_reminder_sent_member FOREIGN KEY (panel_member_id) REFERENCES panel_member (id),
    CONSTRAINT ck_assessment_reminder_sent_milestone CHECK (milestone IN ('BEFORE_DUE', 'DUE_DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
