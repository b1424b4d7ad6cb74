package org.guildhall.cpd;

import java.util.List;
import java.util.Locale;

import org.guildhall.export.ExportFormat;
import org.guildhall.export.ExportTable;
import org.guildhall.export.ExportWriter;
import org.guildhall.identity.Role;
import org.guildhall.platform.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in member's whole CPD log to take away, as CSV or xlsx, in their language: dates, category, kind,
 * title, provider, hours, credits claimed and where each activity stands. Cells a spreadsheet could run as formulas
 * are neutralised ({@link ExportWriter}, the writer the staff reports use).
 */
@Service
public class CpdLogExport {

    private static final List<String> COLUMNS = List.of("starts", "ends", "category", "type", "title", "provider",
            "hours", "excluded", "credits", "status");

    private final CpdService cpd;
    private final Translations translations;

    CpdLogExport(CpdService cpd, Translations translations) {
        this.cpd = cpd;
        this.translations = translations;
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public byte[] myLogCsv(Locale language) {
        return ExportWriter.bytes(table(language), ExportFormat.CSV);
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public byte[] myLogXlsx(Locale language) {
        return ExportWriter.bytes(table(language), ExportFormat.XLSX);
    }

    private ExportTable table(Locale language) {
        var headers = COLUMNS.stream().map(column -> translations.text(language, "cpd.export.col." + column))
                .toList();
        var rows = cpd.myActivities().stream().map(activity -> List.<Object>of(activity.startsOn(),
                activity.endsOn(), translations.text(language, activity.category().labelKey()),
                translations.text(language, CpdActivityType.labelKey(activity.activityType())), activity.title(),
                activity.provider(), activity.hours(), activity.excludedHours(), activity.creditsClaimed(),
                translations.text(language, activity.status().labelKey()))).toList();
        return ExportTable.of(translations.text(language, "cpd.export.sheet"), headers, rows);
    }
}
