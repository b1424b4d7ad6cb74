package org.guildhall.drafts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code form_draft} rows and the documents each holds; plain JDBC, as a draft is one JSON text, not an entity. */
@Repository
public class DraftStore {

    /** A draft as stored. */
    public record StoredDraft(String content, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long accountId, String formKey, String content, Set<UUID> documentIds, Instant at) {
        jdbc.sql("""
                insert into form_draft (account_id, form_key, content, updated_at) values (?, ?, ?, ?)
                on duplicate key update content = values(content), updated_at = values(updated_at)""")
                .params(accountId, formKey, content, Timestamp.from(at))
                .update();
        long draftId = jdbc.sql("select id from form_draft where account_id = ? and form_key = ?")
                .params(accountId, formKey).query(Long.class).single();
        jdbc.sql("delete from form_draft_document where draft_id = ?").param(draftId).update();
        documentIds.forEach(documentId -> jdbc.sql(
                        "insert into form_draft_document (draft_id, document_id) values (?, ?)")
                .params(draftId, documentId.toString()).update());
    }

    public Optional<StoredDraft> find(long accountId, String formKey) {
        return jdbc.sql("select content, updated_at from form_draft where account_id = ? and form_key = ?")
                .params(accountId, formKey)
                .query((row, number) -> new StoredDraft(row.getString(1),
                        row.getTimestamp(2).toInstant()))
                .optional();
    }

    public void delete(long accountId, String formKey) {
        jdbc.sql("delete from form_draft where account_id = ? and form_key = ?").params(accountId, formKey).update();
    }
}
