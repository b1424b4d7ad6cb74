-- One open exam enrolment per candidate and designation, kept by the database: two enrolments sent at the same
-- instant both pass the service's check, and the unique key turns the second into a refusal. NULL once passed, so
-- a candidate who re-applies after a lapse enrols again.
ALTER TABLE exam_enrolment
    ADD COLUMN open_designation_code VARCHAR(8)
        AS (CASE WHEN status <> 'PASSED' THEN designation_code END) PERSISTENT,
    ADD CONSTRAINT uk_exam_enrolment_open UNIQUE (candidate_account_id, open_designation_code);
