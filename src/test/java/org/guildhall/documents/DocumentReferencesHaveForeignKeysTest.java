package org.guildhall.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.guildhall.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leftover-upload job knows which documents are in use from the foreign keys to {@code document(id)}: a column
 * holding document ids without one would have its documents removed. The migration rule, checked on the real schema.
 */
@IntegrationTest
class DocumentReferencesHaveForeignKeysTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void every_column_holding_a_document_id_has_a_foreign_key_to_the_document() {
        var withoutKey = jdbc.queryForList("""
                select concat(c.table_name, '.', c.column_name) from information_schema.columns c
                where c.table_schema = database() and c.column_name like '%document_id'
                  and not exists (select 1 from information_schema.key_column_usage k
                                  where k.table_schema = c.table_schema and k.table_name = c.table_name
                                    and k.column_name = c.column_name and k.referenced_table_name = 'document'
                                    and k.referenced_column_name = 'id')""", String.class);

        assertThat(withoutKey).isEmpty();
    }
}
