package org.guildhall.reporting.internal;

import java.util.Locale;
import java.util.Map;

import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.platform.Translations;
import org.guildhall.reporting.CpdComplianceColumns;
import org.guildhall.reporting.ReportDefinition;
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
        return new Prepared(new ColumnTable<>(CpdComplianceColumns.ALL, sink -> report.forEach(filter, sink),
                translations, locale), filter.describe());
    }
}
