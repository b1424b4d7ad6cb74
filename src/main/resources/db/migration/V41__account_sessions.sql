-- Ending an account's open sessions at once (ASVS 7.4): each session remembers its account's generation when it
-- signed in; a revoked staff role, a new password or an admin's "sign out everywhere" moves the generation on, and
-- a session from an earlier generation is refused at its next request. An account without a row is at 0.
CREATE TABLE account_session_generation (
    account_id BIGINT NOT NULL PRIMARY KEY,
    generation BIGINT NOT NULL,
    CONSTRAINT fk_account_session_generation_account FOREIGN KEY (account_id) REFERENCES account (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
