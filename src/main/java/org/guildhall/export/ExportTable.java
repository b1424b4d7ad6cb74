package org.guildhall.export;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A table as the export writer sees it: the column headings (the same as the screen's, in the reader's language)
 * and its rows, handed over one at a time so no export holds them all. A cell is a {@code String}, a
 * {@code Number} or a {@code LocalDate}; a missing value is an empty string.
 */
public interface ExportTable {

    List<String> headings();

    void rows(Consumer<List<Object>> sink);

    /** The xlsx sheet's name, or null for the spreadsheet's default. */
    default @Nullable String sheetName() {
        return null;
    }

    /** A small table already in memory (one member's log, a few grouped rows), its sheet named. */
    static ExportTable of(String sheetName, List<String> headings, List<List<Object>> rows) {
        return new ExportTable() {
            @Override
            public List<String> headings() {
                return headings;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                rows.forEach(sink);
            }

            @Override
            public String sheetName() {
                return sheetName;
            }
        };
    }
}
