package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.reporting.ReportDefinition;

/**
 * A report whose rows a read model lists for the filters in the query parameters (the register's, certification
 * and payment tables), written through its columns.
 */
class ListedReport<R> implements ReportDefinition {

    private final String name;
    private final List<ReportColumn<R>> columns;
    private final Function<Map<String, String>, Listing<R>> listing;
    private final Translations translations;

    ListedReport(String name, List<ReportColumn<R>> columns, Function<Map<String, String>, Listing<R>> listing,
            Translations translations) {
        this.name = name;
        this.columns = columns;
        this.listing = listing;
        this.translations = translations;
    }

    /** A report without filters whose few rows come from one grouped query. */
    static <R> ListedReport<R> unfiltered(String name, List<ReportColumn<R>> columns, Supplier<List<R>> rows,
            Translations translations) {
        return new ListedReport<>(name, columns, parameters -> new Listing<>(sink -> rows.get().forEach(sink),
                "none"), translations);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Locale locale) {
        var listed = listing.apply(parameters);
        return new Prepared(new ColumnTable<>(columns, listed.rows(), translations, locale), listed.filters());
    }

    /**
     * @param rows hands each row to the consumer it is given, one at a time
     * @param filters the filters read, in one line, for the audit
     */
    record Listing<R>(Consumer<Consumer<R>> rows, String filters) {
    }
}
