package org.guildhall.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.CpdComplianceColumns;
import org.guildhall.reporting.ReportDefinition;
import org.guildhall.reporting.ReportTable;
import org.springframework.stereotype.Component;

/** The CPD compliance and risk report as an export: at risk first, then by expiry, with the screen's columns. */
@Component
class CpdComplianceExport implements ReportDefinition {

    private final CpdComplianceReport report;
    private final Translations translations;

    CpdComplianceExport(CpdComplianceReport report, Translations translations) {
        this.report = report;
        this.translations = translations;
    }

    @Override
    public String name() {
        return CpdComplianceColumns.REPORT;
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Locale locale) {
        var filter = CpdComplianceColumns.filterOf(parameters);
        var columns = CpdComplianceColumns.ALL;
        var cells = new TableCells(translations, locale);
        return new Prepared(new ReportTable() {
            @Override
            public List<String> headings() {
                return columns.stream().map(column -> translations.text(locale, column.headingKey())).toList();
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                report.forEach(filter, row -> sink.accept(columns.stream()
                        .map(column -> cells.of(column.cell().apply(row))).toList()));
            }
        }, filter.describe());
    }
}
