package org.guildhall.reporting;

import java.util.Locale;
import java.util.Map;

import org.guildhall.export.ExportTable;

/** A report that can be exported: its name in the address and the audit, and its table for given filters. */
public interface ReportDefinition {

    /** The report's name in {@code /report-exports/{report}/{format}}, in file names and in the audit. */
    String name();

    /**
     * The table for the filters in {@code parameters} (the same query parameters the screen's download links
     * carry), headed in {@code locale}; refuses filters it cannot read.
     */
    Prepared prepare(Map<String, String> parameters, Locale locale);

    /** @param filters the filters applied, in one line, for the audit */
    record Prepared(ExportTable table, String filters) {
    }
}
