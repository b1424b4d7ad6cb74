package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.guildhall.export.ExportTable;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.shared.Text;

/**
 * A report's rows written through its columns, headed in the reader's language: yes, no and texts by key
 * translated, every other cell as it is.
 *
 * @param source hands each row of the report to the consumer it is given, one at a time
 */
record ColumnTable<R>(List<ReportColumn<R>> columns, Consumer<Consumer<R>> source, Translations translations,
        Locale locale) implements ExportTable {

    @Override
    public List<String> headings() {
        return columns.stream().map(column -> translations.text(locale, column.headingKey())).toList();
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        source.accept(row -> sink.accept(columns.stream().map(column -> cell(column.cell().apply(row))).toList()));
    }

    private Object cell(Object value) {
        return switch (value) {
            case Boolean yes -> translations.text(locale, yes ? "reporting.yes" : "reporting.no");
            case Text text -> translations.text(locale, text);
            default -> value;
        };
    }
}
