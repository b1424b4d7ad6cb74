-- Issue 15: the staff queues at 100k members (docs/benchmarks.md, "Staff queues at 100k, session 8").

-- The registrar's CPD queue lists claims waiting for a review (new claims and answered audits: two statuses, so no
-- single order in ix_cpd_activity_status) oldest first. MariaDB keeps the moment a claim began to wait beside it,
-- null for any other status, so a page is the first rows of this index: no sort of the ~4,000 waiting claims.
ALTER TABLE cpd_activity
    ADD COLUMN waiting_since DATETIME(6) AS
        (CASE WHEN status IN ('SUBMITTED', 'AUDIT_SUBMITTED') THEN submitted_at END) VIRTUAL;
CREATE INDEX ix_cpd_activity_waiting ON cpd_activity (waiting_since, id);

-- Staff searches match the start of a name, of its last word (the surname), of an email or of a member number, each
-- from an index (docs/decisions/staff-search-at-scale.md); the name and the email (unique) are indexed already.
ALTER TABLE account ADD COLUMN surname VARCHAR(120) AS (SUBSTRING_INDEX(full_name, ' ', -1)) VIRTUAL;
CREATE INDEX ix_account_surname ON account (surname);
