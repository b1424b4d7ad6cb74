package org.guildhall.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.events.EventReport.EventActivity;
import org.guildhall.events.EventReport.EventPeriod;
import org.guildhall.events.EventReport.EventReportFilter;
import org.guildhall.events.EventReport.EventSort;
import org.guildhall.shared.Text;

/** The events report's columns, as the screen and the exports show them, and its filters as query parameters. */
public final class EventColumns {

    public static final String REPORT = "events";

    static final String SEARCH = "search";
    static final String PERIOD = "period";
    static final String SORT = "sort";

    public static final List<ReportColumn<EventActivity>> ALL = List.of(
            new ReportColumn<>("event", "reporting.events.column.event", EventActivity::title),
            new ReportColumn<>("starts-on", "reporting.events.column.starts-on", EventActivity::startsOn),
            new ReportColumn<>("status", "reporting.events.column.status",
                    row -> Text.of("reporting.events.status." + ReportParameters.nameOf(row.status()))),
            new ReportColumn<>("capacity", "reporting.events.column.capacity", EventActivity::capacity),
            new ReportColumn<>("confirmed", "reporting.events.column.confirmed", EventActivity::confirmed),
            new ReportColumn<>("waiting", "reporting.events.column.waiting", EventActivity::waiting),
            new ReportColumn<>("attendees", "reporting.events.column.attendees", EventActivity::attendees),
            new ReportColumn<>("attendance-rate", "reporting.events.column.attendance-rate",
                    row -> row.attendanceRate() == null ? "" : row.attendanceRate()),
            new ReportColumn<>("cpd-hours", "reporting.events.column.cpd-hours", EventActivity::cpdHoursCredited));

    private EventColumns() {
    }

    /** The filter and order the query parameters describe; refuses a period or an order it does not know. */
    public static EventSelection selectionOf(Map<String, String> parameters) {
        return new EventSelection(new EventReportFilter(parameters.getOrDefault(SEARCH, ""),
                ReportParameters.constant(parameters, PERIOD, EventPeriod.class, EventPeriod.ALL,
                        "reporting.events.filter.period-invalid")),
                ReportParameters.constant(parameters, SORT, EventSort.class, EventSort.LATEST_FIRST,
                        "reporting.events.filter.sort-invalid"));
    }

    /** The query parameters of a selection, for the download links (read back by {@link #selectionOf}). */
    public static String queryOf(EventSelection selection) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(SEARCH, selection.filter().search());
        EventPeriod period = selection.filter().period();
        parameters.put(PERIOD, period == EventPeriod.ALL ? "" : ReportParameters.nameOf(period));
        EventSort sort = selection.sort();
        parameters.put(SORT, sort == EventSort.LATEST_FIRST ? "" : ReportParameters.nameOf(sort));
        return ReportParameters.query(parameters);
    }

    /** Which events the report lists, and in which order. */
    public record EventSelection(EventReportFilter filter, EventSort sort) {

        public String describe() {
            return filter.describe() + "; sort=" + sort;
        }
    }
}
