package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.guildhall.platform.Translations;
import org.guildhall.reporting.ReportColumn;

/** A report without filters whose few rows come from one grouped query (the register's tables). */
class ListedReport<R> extends PagedReport<Map<String, String>, R> {

    ListedReport(String name, List<ReportColumn<R>> columns, Supplier<List<R>> rows, Translations translations) {
        super(name, columns, parameters -> parameters, parameters -> "none",
                (parameters, offset, limit) -> offset == 0 ? rows.get() : List.of(), translations);
    }
}
