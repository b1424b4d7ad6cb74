-- Issue 19: calendar files and feed (calendar module; docs/decisions/calendar-files-and-feed.md), evidence text
-- checks (cpd module; docs/decisions/evidence-text-checks.md).

-- A person's calendar feed: only the SHA-256 of the secret in its address is kept. One per account; making a new
-- one replaces the row, revoking deletes it.
CREATE TABLE calendar_feed (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How long an exam sitting lasts, for the end time in candidates' calendars; existing sittings are the usual three
-- hours.
ALTER TABLE exam_sitting ADD COLUMN length_minutes INT NOT NULL DEFAULT 180;

-- What the text of a CPD activity's evidence does not show of the claim (NO_TEXT, NAME, PROVIDER, DATE, HOURS),
-- comma-separated, kept at each save for the member and the registrar; NULL when nothing is missing.
ALTER TABLE cpd_activity ADD COLUMN evidence_warnings VARCHAR(100) NULL;
