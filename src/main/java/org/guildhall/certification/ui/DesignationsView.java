package org.guildhall.certification.ui;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.FittingGrid;

/** The catalogue of designations: the routes to each, its fees, and the CPD it asks for per cycle; admins edit it. */
@Route("designations")
@PageTitle("Designations")
@Menu(order = 30, icon = "vaadin:diploma", title = "Designations")
@PermitAll
final class DesignationsView extends VerticalLayout {

    DesignationsView(DesignationCatalogue catalogue, AuthenticationContext authentication) {
        setId("designations");
        addClassName("gh-page");
        add(new Paragraph("A designation is earned by the exam route or the experience route and is active for a "
                + "three-year cycle. To keep it, earn the CPD credits below within the cycle and pay the renewal fee "
                + "in the six weeks before it expires."));
        var grid = new Grid<DesignationSummary>();
        grid.setId("designation-grid");
        grid.addColumn(DesignationSummary::code).setHeader("Designation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignationSummary::fullName).setHeader("Full name").setFlexGrow(1);
        // On a phone the code and full name stay; a tap on a row shows the rest.
        var fitting = FittingGrid.of(grid);
        fitting.secondaryColumn("Level", designation -> designation.level().label()).setAutoWidth(true);
        fitting.secondaryColumn("Routes", designation -> designation.routesOffered().stream()
                .map(route -> route.label().replace(" route", "")).collect(Collectors.joining(", ")))
                .setAutoWidth(true);
        fitting.secondaryColumn("Exam fee", designation -> pounds(designation.examFee())).setAutoWidth(true);
        fitting.secondaryColumn("Renewal", designation -> pounds(designation.renewalFee())
                + (designation.recertificationEssayRequired() ? " + essay" : "")).setAutoWidth(true);
        fitting.secondaryColumn("CPD to keep it", designation -> designation.cpdHoursPerCycle() + " hours every "
                + designation.cycleYears() + " years").setFlexGrow(1);
        if (authentication.hasRole(Role.Names.ADMIN)) {
            grid.addComponentColumn(designation -> {
                var edit = new Button(VaadinIcon.EDIT.create(), event -> new DesignationEditor(catalogue, designation,
                        saved -> grid.setItems(catalogue.all())).open());
                edit.setId("edit-" + designation.code());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel("Edit " + designation.code());
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(catalogue.all());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    static String pounds(BigDecimal amount) {
        return "\u00a3" + amount.setScale(2);
    }
}
