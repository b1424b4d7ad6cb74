package org.guildhall.privacy.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ZIP of each export, in a table of its own so that reading an export's state never loads it. */
@Repository
public class ExportArchives {

    private final JdbcClient jdbc;

    ExportArchives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long exportId, byte[] zip) {
        jdbc.sql("insert into personal_data_export_archive (export_id, content) values (?, ?)")
                .params(exportId, zip).update();
    }

    public Optional<byte[]> read(long exportId) {
        return jdbc.sql("select content from personal_data_export_archive where export_id = ?")
                .param(exportId).query(byte[].class).optional();
    }

    public void delete(long exportId) {
        jdbc.sql("delete from personal_data_export_archive where export_id = ?").param(exportId).update();
    }
}
