-- Issue 11, sign-in and accounts. A wrong password no longer locks an account for a fixed time: it delays the next
-- attempt by a growing pause, so the column says until when the next attempt waits.
ALTER TABLE account RENAME COLUMN locked_until TO next_sign_in_at;

-- A new email address is only where the person signs in once they follow the link sent to it; until then it waits
-- here and the account keeps signing in with its old address.
ALTER TABLE account ADD COLUMN pending_email VARCHAR(254) NULL;

ALTER TABLE account_token DROP CONSTRAINT ck_account_token_purpose;
ALTER TABLE account_token ADD CONSTRAINT ck_account_token_purpose
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CONFIRM_NEW_EMAIL'));

-- Argon2id hashes with their parameters are longer than bcrypt's; room for stronger parameters later.
ALTER TABLE account MODIFY password_hash VARCHAR(255) NOT NULL;

-- Emails already sent keep reset and verification links in clear; from now on the outbox removes them after
-- sending, and these are removed now.
UPDATE outbound_email
SET body = REGEXP_REPLACE(body, '[^[:space:]]*/(reset-password|verify-email)/[^[:space:]]+',
                          '[link removed after sending]')
WHERE status <> 'PENDING';
