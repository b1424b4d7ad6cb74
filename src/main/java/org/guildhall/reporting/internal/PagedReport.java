package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.reporting.ReportDefinition;

/**
 * A filtered report whose rows the owning module hands out a page at a time: the export reads page after page, so
 * only one page is in memory however many rows the filter admits.
 */
class PagedReport<F, R> implements ReportDefinition {

    /** Rows read per query while exporting. */
    static final int PAGE = 500;

    /** The rows of a filter from an offset, at most a limit of them. */
    @FunctionalInterface
    interface Pages<F, R> {
        List<R> page(F filter, int offset, int limit);
    }

    private final String name;
    private final List<ReportColumn<R>> columns;
    private final Function<Map<String, String>, F> filterOf;
    private final Function<F, String> describe;
    private final Pages<F, R> pages;
    private final Translations translations;

    PagedReport(String name, List<ReportColumn<R>> columns, Function<Map<String, String>, F> filterOf,
            Function<F, String> describe, Pages<F, R> pages, Translations translations) {
        this.name = name;
        this.columns = columns;
        this.filterOf = filterOf;
        this.describe = describe;
        this.pages = pages;
        this.translations = translations;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Locale locale) {
        F filter = filterOf.apply(parameters);
        return new Prepared(new ColumnTable<>(columns, sink -> {
            for (int offset = 0; ; offset += PAGE) {
                var page = pages.page(filter, offset, PAGE);
                page.forEach(sink);
                if (page.size() < PAGE) {
                    return;
                }
            }
        }, translations, locale), describe.apply(filter));
    }
}
