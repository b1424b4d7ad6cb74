package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.reporting.ReportDefinition;

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
        return new Prepared(new ColumnTable<>(columns, sink -> rows.get().forEach(sink), translations, locale),
                "none");
    }
}
