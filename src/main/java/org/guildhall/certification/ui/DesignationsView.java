package org.guildhall.certification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;

/** The catalogue of designations with the CPD each one asks for per cycle. */
@Route("designations")
@PageTitle("Designations")
@Menu(order = 30, icon = "vaadin:diploma", title = "Designations")
@PermitAll
final class DesignationsView extends VerticalLayout {

    DesignationsView(DesignationCatalogue catalogue) {
        setId("designations");
        addClassName("gh-page");
        add(new Paragraph("A designation is active for a three-year cycle. To keep it, earn the CPD hours below "
                + "within the cycle and pay the renewal fee in the six weeks before it expires."));
        var grid = new Grid<DesignationSummary>();
        grid.setId("designation-grid");
        grid.addColumn(DesignationSummary::code).setHeader("Designation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignationSummary::fullName).setHeader("Full name").setFlexGrow(1);
        grid.addColumn(designation -> designation.level().label()).setHeader("Level").setAutoWidth(true);
        grid.addColumn(designation -> designation.cpdHoursPerCycle() + " hours every " + designation.cycleYears()
                + " years").setHeader("CPD to keep it").setAutoWidth(true);
        grid.setItems(catalogue.all());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
