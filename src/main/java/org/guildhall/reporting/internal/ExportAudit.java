package org.guildhall.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.guildhall.export.ExportFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every report export: who, which report and format, with which filters, how many rows, when. */
@Repository
public class ExportAudit {

    private final JdbcTemplate jdbc;

    ExportAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long accountId, String report, ExportFormat format, String filters, long rows, Instant at) {
        jdbc.update("INSERT INTO report_export (account_id, report, format, filters, row_count, exported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", accountId, report, format.name(), abbreviated(filters), rows,
                Timestamp.from(at));
    }

    private static String abbreviated(String filters) {
        return filters.length() <= 1000 ? filters : filters.substring(0, 999) + "\u2026";
    }
}
