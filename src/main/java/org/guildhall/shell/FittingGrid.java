package org.guildhall.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Fits a grid to the screen it is shown on (issue 14). Cell text wraps instead of widening the grid past a
 * 1280 px screen; on a narrow screen (a phone) only the columns that matter stay, and a tap on a row shows the
 * others beneath it. A view adds the columns that matter to its grid as usual and the others through
 * {@link #secondaryColumn}.
 */
public final class FittingGrid<T> {

    /** Windows narrower than this (CSS pixels) fold the secondary columns into the row details. */
    static final int NARROW_WINDOW = 800;

    private final Grid<T> grid;
    private final List<Grid.Column<T>> secondaryColumns = new ArrayList<>();
    private final List<Detail<T>> details = new ArrayList<>();
    private @Nullable Registration resizeListener;

    private FittingGrid(Grid<T> grid) {
        this.grid = grid;
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::detailsOf));
        grid.setDetailsVisibleOnClick(false);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(client -> fitTo(client.getWindowInnerWidth()));
            resizeListener = page.addBrowserWindowResizeListener(resized -> fitTo(resized.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resizeListener != null) {
                resizeListener.remove();
            }
        });
    }

    public static <T> FittingGrid<T> of(Grid<T> grid) {
        return new FittingGrid<>(grid);
    }

    /** A column shown on wide screens only; on narrow ones its value is among the row's details. */
    public Grid.Column<T> secondaryColumn(String header, ValueProvider<T, String> value) {
        return secondary(grid.addColumn(value), header, item -> new Span(value.apply(item)));
    }

    /** A column of components (a toggle, a button) shown on wide screens only, else among the row's details. */
    public Grid.Column<T> secondaryComponentColumn(String header, ValueProvider<T, Component> component) {
        return secondary(grid.addComponentColumn(component), header, component);
    }

    private Grid.Column<T> secondary(Grid.Column<T> column, String header, ValueProvider<T, Component> detail) {
        column.setHeader(header);
        secondaryColumns.add(column);
        details.add(new Detail<>(header, detail));
        return column;
    }

    void fitTo(int windowWidth) {
        boolean narrow = windowWidth < NARROW_WINDOW;
        secondaryColumns.forEach(column -> column.setVisible(!narrow));
        grid.setDetailsVisibleOnClick(narrow);
    }

    private DescriptionList detailsOf(T item) {
        var list = new DescriptionList();
        list.addClassName("gh-row-details");
        details.forEach(detail -> list.add(new DescriptionList.Term(detail.header()),
                new DescriptionList.Description(detail.value().apply(item))));
        return list;
    }

    private record Detail<T>(String header, ValueProvider<T, Component> value) {
    }
}
