package org.guildhall.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.cpd.CpdComplianceFilter;
import org.guildhall.cpd.CpdComplianceSummary;

/**
 * The CPD compliance report's columns, as the screen and the exports show them, and its filters as the query
 * parameters of the download links.
 */
public final class CpdComplianceColumns {

    public static final String REPORT = "cpd-compliance";

    static final String SEARCH = "search";
    static final String DESIGNATION = "designation";
    static final String AT_RISK = "atRisk";
    static final String WITHIN_DAYS = "withinDays";

    public static final List<ReportColumn<CpdComplianceSummary>> ALL = List.of(
            new ReportColumn<>("holder", "reporting.cpd.column.holder", CpdComplianceSummary::holderName),
            new ReportColumn<>("member-number", "reporting.cpd.column.member-number",
                    row -> row.memberNumber() == null ? "" : row.memberNumber()),
            new ReportColumn<>("email", "reporting.cpd.column.email", CpdComplianceSummary::email),
            new ReportColumn<>("designation", "reporting.cpd.column.designation",
                    CpdComplianceSummary::designationCode),
            new ReportColumn<>("counted", "reporting.cpd.column.counted", CpdComplianceSummary::counted),
            new ReportColumn<>("required", "reporting.cpd.column.required", CpdComplianceSummary::required),
            new ReportColumn<>("shortfall", "reporting.cpd.column.shortfall", CpdComplianceSummary::shortfall),
            new ReportColumn<>("valid-until", "reporting.cpd.column.valid-until", CpdComplianceSummary::validUntil),
            new ReportColumn<>("days-to-expiry", "reporting.cpd.column.days-to-expiry",
                    CpdComplianceSummary::daysToExpiry),
            new ReportColumn<>("pace", "reporting.cpd.column.pace", CpdComplianceSummary::pacePerMonth),
            new ReportColumn<>("forecast", "reporting.cpd.column.forecast", CpdComplianceSummary::projected),
            new ReportColumn<>("needed", "reporting.cpd.column.needed", CpdComplianceSummary::neededPerMonth),
            new ReportColumn<>("at-risk", "reporting.cpd.column.at-risk", CpdComplianceSummary::atRisk));

    private CpdComplianceColumns() {
    }

    /** The filter the query parameters describe; refuses days that are not a whole number from 0. */
    public static CpdComplianceFilter filterOf(Map<String, String> parameters) {
        Integer withinDays = ReportParameters.wholeNumber(parameters, WITHIN_DAYS, 0, Integer.MAX_VALUE,
                "reporting.cpd.filter.days-invalid");
        return new CpdComplianceFilter(parameters.getOrDefault(SEARCH, ""), parameters.get(DESIGNATION),
                Boolean.parseBoolean(parameters.get(AT_RISK)), withinDays);
    }

    /** The query parameters of a filter, for the download links (read back by {@link #filterOf}). */
    public static String queryOf(CpdComplianceFilter filter) {
        var parameters = new LinkedHashMap<String, String>();
        if (!filter.search().isEmpty()) {
            parameters.put(SEARCH, filter.search());
        }
        if (filter.designationCode() != null) {
            parameters.put(DESIGNATION, filter.designationCode());
        }
        if (filter.atRiskOnly()) {
            parameters.put(AT_RISK, "true");
        }
        if (filter.expiringWithinDays() != null) {
            parameters.put(WITHIN_DAYS, String.valueOf(filter.expiringWithinDays()));
        }
        return ReportParameters.query(parameters);
    }
}
