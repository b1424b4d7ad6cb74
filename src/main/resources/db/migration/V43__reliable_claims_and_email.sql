-- Issue 12: nothing doubled, nothing lost.

-- One live copy of a CPD activity per member, kept by the database: two identical claims sent at the same instant
-- both pass the service's check, and this key turns the second into the same refusal a sequential duplicate gets.
-- "Identical" is CpdClaim.isSameActivityAs: kind, title and provider (case and spacing aside) and both dates.
-- NULL once rejected, because a rejected activity is history and never blocks a new claim.
ALTER TABLE cpd_activity
    ADD COLUMN live_activity_key CHAR(64)
        AS (CASE WHEN status <> 'REJECTED' THEN SHA2(CONCAT_WS('|', activity_type,
                LOWER(TRIM(REGEXP_REPLACE(title, '[[:space:]]+', ' '))),
                LOWER(TRIM(REGEXP_REPLACE(provider, '[[:space:]]+', ' '))),
                starts_on, ends_on), 256) END) PERSISTENT;

-- Copies saved twice before this key existed: the first logged stays, the later ones are rejected with a note, so
-- the member's credit counts once (the registrar sees why in the review note).
UPDATE cpd_activity later_copy
    JOIN cpd_activity first_copy
        ON first_copy.account_id = later_copy.account_id
            AND first_copy.live_activity_key = later_copy.live_activity_key
            AND first_copy.id < later_copy.id
SET later_copy.status      = 'REJECTED',
    later_copy.reviewed_at = UTC_TIMESTAMP(6),
    later_copy.reviewed_by = 'the portal (duplicate removed)',
    later_copy.review_note = CONCAT('Logged twice at the same moment; activity ', first_copy.id,
                                    ' is the copy that counts.');

ALTER TABLE cpd_activity
    ADD CONSTRAINT uk_cpd_activity_live UNIQUE (account_id, live_activity_key);

-- One portfolio in progress per candidate and designation: the experience route's portfolio is opened once, even
-- when its event is delivered twice at the same moment. NULL once awarded or declined, so a candidate may apply
-- again later.
ALTER TABLE portfolio
    ADD COLUMN in_progress_designation_code VARCHAR(8)
        AS (CASE WHEN status IN ('DRAFT', 'SUBMITTED', 'RESUBMISSION_REQUESTED') THEN designation_code END) PERSISTENT,
    ADD CONSTRAINT uk_portfolio_in_progress UNIQUE (candidate_account_id, in_progress_designation_code);

-- ShedLock's table (JDBC provider, database time): scheduled work that must run on one instance at a time, such
-- as resubmitting failed event publications, takes its named row here.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Operators run the portal and read its metrics (/actuator, HTTP Basic); admins grant the role like the other
-- staff roles.
ALTER TABLE account_role
    DROP CONSTRAINT ck_account_role,
    ADD CONSTRAINT ck_account_role CHECK (role IN ('APPLICANT', 'MEMBER', 'ASSESSOR', 'REGISTRAR', 'ADMIN',
        'OPERATOR'));

-- Who sent a given-up email again, and when: the admin's "Send again" leaves its trace on the email itself.
ALTER TABLE outbound_email
    ADD COLUMN resent_by VARCHAR(254) NULL,
    ADD COLUMN resent_at DATETIME(6)  NULL;
