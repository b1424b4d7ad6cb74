package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.reporting.ReportDefinition;
import org.guildhall.reporting.ReportTable;

/** A report without filters whose few rows come from one grouped query (the register's tables). */
class ListedReport<R> implements ReportDefinition {

    private final String name;
    private final List<ReportColumn<R>> columns;
    private final Supplier<List<R>> rows;
    private final Translations translations;

    ListedReport(String name, List<ReportColumn<R>> columns, Supplier<List<R>> rows, Translations translations) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
        this.translations = translations;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Locale locale) {
        var cells = new TableCells(translations, locale);
        return new Prepared(new ReportTable() {
            @Override
            public List<String> headings() {
                return columns.stream().map(column -> translations.text(locale, column.headingKey())).toList();
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                rows.get().forEach(row -> sink.accept(columns.stream()
                        .map(column -> cells.of(column.cell().apply(row))).toList()));
            }
        }, "none");
    }
}
