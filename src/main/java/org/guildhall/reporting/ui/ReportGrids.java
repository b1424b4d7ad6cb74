package org.guildhall.reporting.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.guildhall.export.ExportFormat;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.shared.Text;

/** What every report screen does alike: a grid with the report's columns, and links to its exports. */
final class ReportGrids {

    /** The periods a report screen offers, in months up to this one. */
    static final List<Integer> PERIODS = List.of(3, 6, 12, 24, 36);

    private ReportGrids() {
    }

    /**
     * A grid showing {@code columns} as the exports write them, in the reader's language; a grid given its rows as
     * a list sorts on any column by the cell's value (numbers as numbers, dates as dates).
     */
    static <R> Grid<R> of(String id, List<ReportColumn<R>> columns, Component owner) {
        var grid = new Grid<R>();
        grid.setId(id);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        columns.forEach(column -> grid.addColumn(row -> cellText(column.cell().apply(row), dates, owner))
                .setHeader(owner.getTranslation(column.headingKey())).setKey(column.id()).setAutoWidth(true)
                .setComparator(row -> sortKey(column.cell().apply(row), owner)));
        return grid;
    }

    /** The filters above a report, side by side, wrapping on a narrow screen. */
    static FlexLayout filterBar(Component... fields) {
        var filters = new FlexLayout(fields);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        return filters;
    }

    /** A link to the report's export in {@code format}, its filters in {@code query} (may be empty). */
    static Anchor download(String id, String report, ExportFormat format, String query, Component owner) {
        var link = new Anchor();
        link.setId(id);
        link.setText(owner.getTranslation("reporting.download." + format.extension()));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setHref(href(report, format, query, owner));
        return link;
    }

    static String href(String report, ExportFormat format, String query, Component owner) {
        String lang = "lang=" + UI.getCurrent().getLocale().toLanguageTag();
        return "report-exports/" + report + "/" + format.extension() + "?"
                + (query.isEmpty() ? lang : query + "&" + lang);
    }

    /** The CSV and xlsx links of one report, ids {@code report-download-csv} and {@code -xlsx}. */
    static Downloads downloads(String report, Component owner) {
        return new Downloads(report, owner);
    }

    /** A choice of periods in months up to this one, labelled "last n months". */
    static Select<Integer> months(String id, int chosen, Component owner) {
        var months = new Select<Integer>();
        months.setId(id);
        months.setLabel(owner.getTranslation("reporting.filter.months"));
        months.setItems(PERIODS);
        months.setItemLabelGenerator(count -> owner.getTranslation("reporting.filter.months.option", count));
        months.setValue(chosen);
        months.setEmptySelectionAllowed(false);
        return months;
    }

    /** A report's two download links, their filters changed together. */
    static final class Downloads extends HorizontalLayout {

        private final String report;
        private final Component owner;
        private final Anchor csv;
        private final Anchor xlsx;

        private Downloads(String report, Component owner) {
            this.report = report;
            this.owner = owner;
            csv = download(report + "-download-csv", report, ExportFormat.CSV, "", owner);
            xlsx = download(report + "-download-xlsx", report, ExportFormat.XLSX, "", owner);
            add(csv, xlsx);
        }

        /** Points both links at the rows the filters in {@code query} admit. */
        void filter(String query) {
            csv.setHref(href(report, ExportFormat.CSV, query, owner));
            xlsx.setHref(href(report, ExportFormat.XLSX, query, owner));
        }
    }

    private static String cellText(Object value, DateTimeFormatter dates, Component owner) {
        return switch (value) {
            case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
            case LocalDate date -> dates.format(date);
            case Boolean yes -> owner.getTranslation(yes ? "reporting.yes" : "reporting.no");
            case Text text -> owner.getTranslation(text.key(), text.arguments().toArray());
            default -> value.toString();
        };
    }

    /** What a column sorts by: the value itself where it has an order, else the text shown. */
    @SuppressWarnings("rawtypes")
    private static Comparable sortKey(Object value, Component owner) {
        return switch (value) {
            case Text text -> owner.getTranslation(text.key(), text.arguments().toArray());
            case Comparable comparable -> comparable;
            default -> value.toString();
        };
    }
}
