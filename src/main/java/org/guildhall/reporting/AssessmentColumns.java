package org.guildhall.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.assessment.AssessmentReport.AssessorActivity;
import org.guildhall.assessment.AssessmentReport.AssessorSort;
import org.guildhall.assessment.AssessmentReport.DecisionMonth;

/**
 * The assessment report's two tables, as the screen and the exports show them: decisions by month, and the
 * assessors' record (filtered by name, in a chosen order). Counts only: no candidate and no score is in either.
 */
public final class AssessmentColumns {

    public static final String DECISIONS = "assessment-decisions";
    public static final String ASSESSORS = "assessors";

    /** Months the decisions table covers, up to this one. */
    public static final int MONTHS = 12;

    static final String SEARCH = "search";
    static final String SORT = "sort";

    public static final List<ReportColumn<DecisionMonth>> MONTHLY = List.of(
            new ReportColumn<>("month", "reporting.assessment.column.month", row -> row.month().toString()),
            new ReportColumn<>("decisions", "reporting.assessment.column.decisions", DecisionMonth::decisions),
            new ReportColumn<>("awarded", "reporting.assessment.column.awarded", DecisionMonth::awarded),
            new ReportColumn<>("resubmit", "reporting.assessment.column.resubmit", DecisionMonth::resubmit),
            new ReportColumn<>("declined", "reporting.assessment.column.declined", DecisionMonth::declined),
            new ReportColumn<>("median-days", "reporting.assessment.column.median-days",
                    row -> row.medianDays() == null ? "" : row.medianDays()),
            new ReportColumn<>("p90-days", "reporting.assessment.column.p90-days",
                    row -> row.p90Days() == null ? "" : row.p90Days()));

    public static final List<ReportColumn<AssessorActivity>> ASSESSOR = List.of(
            new ReportColumn<>("assessor", "reporting.assessment.column.assessor", AssessorActivity::name),
            new ReportColumn<>("panels", "reporting.assessment.column.panels", AssessorActivity::panels),
            new ReportColumn<>("open-panels", "reporting.assessment.column.open-panels", AssessorActivity::openPanels),
            new ReportColumn<>("scores-submitted", "reporting.assessment.column.scores-submitted",
                    AssessorActivity::scoresSubmitted),
            new ReportColumn<>("on-time", "reporting.assessment.column.on-time", AssessorActivity::onTime),
            new ReportColumn<>("recusals", "reporting.assessment.column.recusals", AssessorActivity::recusals));

    private AssessmentColumns() {
    }

    /** The assessors' filter the query parameters describe; refuses an order it does not know. */
    public static AssessorFilter filterOf(Map<String, String> parameters) {
        return new AssessorFilter(parameters.getOrDefault(SEARCH, "").strip(), ReportParameters.constant(parameters,
                SORT, AssessorSort.class, AssessorSort.NAME, "reporting.assessment.filter.sort-invalid"));
    }

    /** The query parameters of a filter, for the download links (read back by {@link #filterOf}). */
    public static String queryOf(AssessorFilter filter) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(SEARCH, filter.search());
        parameters.put(SORT, filter.sort() == AssessorSort.NAME ? "" : ReportParameters.nameOf(filter.sort()));
        return ReportParameters.query(parameters);
    }

    /** @param search part of the assessor's name; blank for all */
    public record AssessorFilter(String search, AssessorSort sort) {

        public String describe() {
            return "search=" + search + "; sort=" + sort;
        }
    }
}
