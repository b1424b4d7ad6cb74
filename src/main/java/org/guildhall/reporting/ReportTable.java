package org.guildhall.reporting;

import java.util.List;
import java.util.function.Consumer;

/**
 * One report as the export writer sees it: the column headings (the same as the screen's, in the reader's
 * language) and its rows, handed over one at a time so no export holds them all. A cell is a {@code String}, a
 * {@code Number} or a {@code LocalDate}; a missing value is an empty string.
 */
public interface ReportTable {

    List<String> headings();

    void rows(Consumer<List<Object>> sink);
}
