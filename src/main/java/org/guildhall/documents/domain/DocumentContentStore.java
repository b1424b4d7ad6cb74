package org.guildhall.documents.domain;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bytes of documents, in {@code document_content}. Plain JDBC so they travel as a stream to the driver rather
 * than through copies in the persistence context; it joins the caller's transaction like the JPA repository.
 */
@Repository
public class DocumentContentStore {

    private final JdbcTemplate jdbc;

    DocumentContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID documentId, byte[] content) {
        jdbc.update("insert into document_content (document_id, content) values (?, ?)", statement -> {
            statement.setString(1, documentId.toString());
            statement.setBinaryStream(2, new ByteArrayInputStream(content), content.length);
        });
    }

    /**
     * The whole content: MariaDB sends a column value in one piece anyway, and copying it out lets the connection
     * go back to the pool before a slow client has downloaded it.
     */
    public byte[] read(UUID documentId) {
        return jdbc.queryForObject("select content from document_content where document_id = ?", byte[].class,
                documentId.toString());
    }
}
