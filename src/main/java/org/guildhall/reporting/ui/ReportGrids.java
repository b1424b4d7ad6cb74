package org.guildhall.reporting.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.guildhall.export.ExportFormat;
import org.guildhall.reporting.ReportColumn;
import org.guildhall.shared.Text;

/** What every report screen does alike: a grid with the report's columns, and links to its exports. */
final class ReportGrids {

    private ReportGrids() {
    }

    /** A grid showing {@code columns} as the exports write them, in the reader's language. */
    static <R> Grid<R> of(String id, List<ReportColumn<R>> columns, Component owner) {
        var grid = new Grid<R>();
        grid.setId(id);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        columns.forEach(column -> grid.addColumn(row -> cellText(column.cell().apply(row), dates, owner))
                .setHeader(owner.getTranslation(column.headingKey())).setKey(column.id()).setAutoWidth(true));
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

    /** The links to a report's exports without filters, side by side, ids {@code <report>-download-<format>}. */
    static HorizontalLayout downloads(String report, Component owner) {
        return new HorizontalLayout(
                download(report + "-download-csv", report, ExportFormat.CSV, "", owner),
                download(report + "-download-xlsx", report, ExportFormat.XLSX, "", owner));
    }

    static String href(String report, ExportFormat format, String query, Component owner) {
        String lang = "lang=" + UI.getCurrent().getLocale().toLanguageTag();
        return "report-exports/" + report + "/" + format.extension() + "?"
                + (query.isEmpty() ? lang : query + "&" + lang);
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
}
