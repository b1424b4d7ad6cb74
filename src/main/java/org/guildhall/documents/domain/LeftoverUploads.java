package org.guildhall.documents.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads that nothing refers to: a file uploaded on a form that was never saved or submitted. What refers to a
 * document is known from the schema itself: every table holding a document id has a foreign key to
 * {@code document(id)} (a migration rule; {@code DocumentReferencesHaveForeignKeysTest} checks it), including the
 * drafts of unfinished forms. So this module needs to know no other module's tables, and a new one is covered by
 * declaring its key. Should a reference appear between the search and the delete, the key refuses the delete.
 */
@Repository
public class LeftoverUploads {

    private final JdbcClient jdbc;
    private volatile String unreferenced;

    LeftoverUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} documents uploaded before the given instant that no row of any table refers to. */
    public List<UUID> uploadedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select d.id from document d where d.uploaded_at < ? and " + unreferenced()
                        + " order by d.uploaded_at limit ?")
                .params(Timestamp.from(cutoff), limit)
                .query(String.class).list().stream().map(UUID::fromString).toList();
    }

    /** Deletes the document (its content goes with it) if it is still left over; false if something took it up. */
    public boolean delete(UUID documentId) {
        return jdbc.sql("delete d from document d where d.id = ? and " + unreferenced())
                .param(documentId.toString()).update() == 1;
    }

    /** "No row refers to d", over every foreign key to document(id) but the document's own content. */
    private String unreferenced() {
        if (unreferenced == null) {
            List<String> conditions = jdbc.sql("""
                            select table_name, column_name from information_schema.key_column_usage
                            where referenced_table_schema = database() and referenced_table_name = 'document'
                              and referenced_column_name = 'id' and table_name <> 'document_content'
                            order by table_name, column_name""")
                    .query((row, number) -> "not exists (select 1 from " + row.getString(1) + " r where r."
                            + row.getString(2) + " = d.id)")
                    .list();
            unreferenced = conditions.isEmpty() ? "true" : conditions.stream().collect(Collectors.joining(" and "));
        }
        return unreferenced;
    }
}
