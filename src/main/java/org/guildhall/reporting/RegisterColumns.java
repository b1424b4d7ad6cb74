package org.guildhall.reporting;

import java.util.List;

import org.guildhall.membership.RegisterReport.CategoryStatusCount;
import org.guildhall.membership.RegisterReport.JoinsAndLapses;
import org.guildhall.shared.Text;

/** The register report's two tables, as the screen and the exports show them. */
public final class RegisterColumns {

    public static final String BY_STATUS = "register";
    public static final String BY_MONTH = "joins-and-lapses";

    /** Months the joins and lapses table covers, up to this one. */
    public static final int MONTHS = 12;

    public static final List<ReportColumn<CategoryStatusCount>> STATUS = List.of(
            new ReportColumn<>("category", "reporting.register.column.category",
                    row -> Text.of("reporting.register.category." + keyOf(row.category()))),
            new ReportColumn<>("status", "reporting.register.column.status", row -> Text.of("reporting.register.status." + keyOf(row.status()))),
            new ReportColumn<>("members", "reporting.register.column.members", CategoryStatusCount::members));

    public static final List<ReportColumn<JoinsAndLapses>> MONTHLY = List.of(
            new ReportColumn<>("month", "reporting.register.column.month", row -> row.month().toString()),
            new ReportColumn<>("joined", "reporting.register.column.joined", JoinsAndLapses::joined),
            new ReportColumn<>("lapsed", "reporting.register.column.lapsed", JoinsAndLapses::lapsed));

    private RegisterColumns() {
    }

    /** A constant as the last part of a message key: lower case, words joined by hyphens. */
    private static String keyOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
