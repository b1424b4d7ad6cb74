package org.guildhall.reporting;

import java.util.function.Function;

/**
 * One column of a report, shared by its screen and its exports so both show the same columns.
 *
 * @param id the grid column's key
 * @param headingKey the heading's message key
 * @param cell the cell of a row: a {@code String}, {@code Number}, {@code LocalDate}, a {@code Boolean} (written
 *        as yes or no in the reader's language) or a {@code Text} (translated)
 */
public record ReportColumn<R>(String id, String headingKey, Function<R, Object> cell) {
}
