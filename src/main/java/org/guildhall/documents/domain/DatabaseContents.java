package org.guildhall.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bytes of documents in MariaDB, table {@code document_content}. Plain JDBC so they travel as a stream to the
 * driver rather than through copies in the persistence context; it joins the caller's transaction like the JPA
 * repository.
 */
@Repository
public class DatabaseContents implements DocumentContents {

    private final JdbcTemplate jdbc;

    DatabaseContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ContentLocation location() {
        return ContentLocation.DATABASE;
    }

    @Override
    public void write(Document document, byte[] content) {
        jdbc.update("insert into document_content (document_id, content) values (?, ?)", statement -> {
            statement.setString(1, document.id().toString());
            statement.setBinaryStream(2, new ByteArrayInputStream(content), content.length);
        });
    }

    /**
     * The whole content: MariaDB sends a column value in one piece anyway, and copying it out lets the connection
     * go back to the pool before a slow client has downloaded it.
     */
    @Override
    public InputStream read(Document document) {
        return new ByteArrayInputStream(jdbc.queryForObject(
                "select content from document_content where document_id = ?", byte[].class, document.id().toString()));
    }

    /** A deleted document's content went with it (the foreign key cascades); a moved one's goes now. */
    @Override
    public void release(Document document) {
        jdbc.update("delete from document_content where document_id = ?", document.id().toString());
    }
}
