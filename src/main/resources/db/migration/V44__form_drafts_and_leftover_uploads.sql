-- Drafts of long forms (drafts module): what a signed-in account has typed into one form, kept as the user types so
-- that a session that ends or a portal restart loses nothing. One row per account and form; account_id is identity's
-- account id (no foreign key into another module's tables). content is the form's input record as JSON.
CREATE TABLE form_draft (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    form_key   VARCHAR(100) NOT NULL,
    content    LONGTEXT     NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_form_draft UNIQUE (account_id, form_key),
    CONSTRAINT ck_form_draft_json CHECK (JSON_VALID(content))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The uploads a draft holds. Like every table that refers to a document, it has a foreign key to document(id): the
-- leftover-upload job treats a document that no foreign key row refers to as left over, and the key (no cascade)
-- refuses its deletion should a draft take it up meanwhile.
CREATE TABLE form_draft_document (
    draft_id    BIGINT NOT NULL,
    document_id UUID   NOT NULL,
    CONSTRAINT pk_form_draft_document PRIMARY KEY (draft_id, document_id),
    CONSTRAINT fk_form_draft_document_draft FOREIGN KEY (draft_id) REFERENCES form_draft (id) ON DELETE CASCADE,
    CONSTRAINT fk_form_draft_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_form_draft_document_document ON form_draft_document (document_id);

-- The daily leftover-upload job looks for documents uploaded before its grace period.
CREATE INDEX ix_document_uploaded_at ON document (uploaded_at);

-- The decision letter a panel issues is a document too; like every other reference to one it gets its foreign key,
-- which is how the leftover-upload job knows the letter is in use.
ALTER TABLE panel ADD CONSTRAINT fk_panel_letter_document FOREIGN KEY (letter_document_id) REFERENCES document (id);
