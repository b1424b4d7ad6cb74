package org.guildhall.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.certification.CertificationMonthSummary;
import org.guildhall.certification.SittingResultSummary;
import org.jspecify.annotations.Nullable;

/**
 * The certification report's two tables, as the screen and the exports show them, and their filters (designation
 * and months) as the query parameters of the download links.
 */
public final class CertificationColumns {

    public static final String BY_MONTH = "certifications";
    public static final String EXAM_RESULTS = "exam-results";

    public static final int DEFAULT_MONTHS = 12;

    static final String DESIGNATION = "designation";
    static final String MONTHS = "months";

    public static final List<ReportColumn<CertificationMonthSummary>> MONTHLY = List.of(
            new ReportColumn<>("month", "reporting.certifications.column.month", row -> row.month().toString()),
            new ReportColumn<>("designation", "reporting.certifications.column.designation",
                    CertificationMonthSummary::designationCode),
            new ReportColumn<>("awarded", "reporting.certifications.column.awarded",
                    CertificationMonthSummary::awarded),
            new ReportColumn<>("renewed", "reporting.certifications.column.renewed",
                    CertificationMonthSummary::renewed),
            new ReportColumn<>("lapsed", "reporting.certifications.column.lapsed", CertificationMonthSummary::lapsed),
            new ReportColumn<>("suspended", "reporting.certifications.column.suspended",
                    CertificationMonthSummary::suspended),
            new ReportColumn<>("revoked", "reporting.certifications.column.revoked",
                    CertificationMonthSummary::revoked));

    public static final List<ReportColumn<SittingResultSummary>> RESULTS = List.of(
            new ReportColumn<>("sitting", "reporting.certifications.column.sitting",
                    row -> row.sitting().startsAt().toLocalDate()),
            new ReportColumn<>("place", "reporting.certifications.column.place", row -> row.sitting().placeText()),
            new ReportColumn<>("booked", "reporting.certifications.column.booked", SittingResultSummary::booked),
            new ReportColumn<>("resulted", "reporting.certifications.column.resulted",
                    SittingResultSummary::resulted),
            new ReportColumn<>("passed", "reporting.certifications.column.passed", SittingResultSummary::passed),
            new ReportColumn<>("pass-rate", "reporting.certifications.column.pass-rate",
                    row -> row.passRate() == null ? "" : row.passRate()));

    private CertificationColumns() {
    }

    /** The designation ({@code null} for all) and the months up to this one that both tables cover. */
    public record Filter(@Nullable String designationCode, int months) {

        /** The filters in one line, for the export audit. */
        public String describe() {
            return "designation=" + (designationCode == null ? "all" : designationCode) + " months=" + months;
        }
    }

    /** The filter the query parameters describe; refuses months that are not a whole number from 1. */
    public static Filter filterOf(Map<String, String> parameters) {
        Integer months = ReportParameters.wholeNumber(parameters, MONTHS, 1, ReportParameters.MOST_MONTHS,
                "reporting.certifications.filter.months-invalid");
        String designation = parameters.getOrDefault(DESIGNATION, "").strip();
        return new Filter(designation.isEmpty() ? null : designation, months == null ? DEFAULT_MONTHS : months);
    }

    /** The query parameters of a filter, for the download links (read back by {@link #filterOf}). */
    public static String queryOf(Filter filter) {
        var parameters = new LinkedHashMap<String, String>();
        if (filter.designationCode() != null) {
            parameters.put(DESIGNATION, filter.designationCode());
        }
        parameters.put(MONTHS, String.valueOf(filter.months()));
        return ReportParameters.query(parameters);
    }
}
