package org.guildhall.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guildhall.export.ExportFormat;
import org.guildhall.export.ExportWriter;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.reporting.internal.ExportAudit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports a report to staff who run the institute, streamed through {@link ExportWriter} and audited once written:
 * the registrar and admins, nobody else.
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class ReportExports {

    private final List<ReportDefinition> reports;
    private final ExportAudit audit;
    private final AccountService accounts;
    private final Clock clock;

    ReportExports(List<ReportDefinition> reports, ExportAudit audit, AccountService accounts, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Optional<ReportDefinition> report(String name) {
        return reports.stream().filter(report -> report.name().equals(name)).findFirst();
    }

    /**
     * Prepares the report for the filters first (a refusal comes before anything is written), then writes it to
     * the stream {@code out} opens and audits it; answers the rows written.
     */
    public long export(ReportDefinition report, Map<String, String> parameters, ExportFormat format, Locale locale,
            OutputStreamSource out) throws java.io.IOException {
        var prepared = report.prepare(parameters, locale);
        long rows = ExportWriter.write(prepared.table(), format, out.open());
        audit.record(accounts.currentAccount().id(), report.name(), format, prepared.filters(), rows,
                clock.instant());
        return rows;
    }

    /** Where an export goes, opened only once the request has been accepted (so a refusal can still answer). */
    @FunctionalInterface
    public interface OutputStreamSource {
        OutputStream open() throws java.io.IOException;
    }
}
