-- Issue 15: the registrar's dashboard and staff queues at 100k members / 1M CPD activities
-- (docs/decisions/operations-dashboard-at-scale.md, figures in docs/benchmarks.md).

-- The compliance walk (operations dashboard, CPD compliance report) reads each chunk of holders' counting
-- activities with only what weighs them: every column it reads is in this index, so no row is touched.
CREATE INDEX ix_cpd_activity_weighing ON cpd_activity
    (account_id, status, ends_on, category, activity_type, hours, excluded_hours);

-- The register lists people by name a page at a time: read in name order instead of sorting every account.
CREATE INDEX ix_account_name ON account (full_name, id);

-- The CPD queue's count joins each waiting claim to its member: the member's id comes from the index too.
DROP INDEX ix_cpd_activity_status ON cpd_activity;
CREATE INDEX ix_cpd_activity_status ON cpd_activity (status, submitted_at, account_id);

-- The application queue's filters (status, category, age) and its join to the applicant, from the index alone.
DROP INDEX ix_membership_application_status ON membership_application;
CREATE INDEX ix_membership_application_status ON membership_application
    (status, submitted_at, category, applicant_account_id);
