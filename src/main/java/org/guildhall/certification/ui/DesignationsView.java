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
@PageTitle("certification.title.designations")
@Menu(order = 30, icon = "vaadin:diploma", title = "certification.menu.designations")
@PermitAll
final class DesignationsView extends VerticalLayout {

    DesignationsView(DesignationCatalogue catalogue, AuthenticationContext authentication) {
        setId("designations");
        addClassName("gh-page");
        add(new Paragraph(getTranslation("certification.designations.intro")));
        var grid = new Grid<DesignationSummary>();
        grid.setId("designation-grid");
        grid.addColumn(DesignationSummary::code).setHeader(getTranslation("certification.designations.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignationSummary::fullName)
                .setHeader(getTranslation("certification.designation.full-name.label")).setFlexGrow(1);
        // On a phone the code and full name stay; a tap on a row shows the rest.
        var fitting = FittingGrid.of(grid);
        fitting.secondaryColumn(getTranslation("certification.designations.level"),
                designation -> getTranslation(designation.level().labelKey())).setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("certification.designations.routes"), designation -> designation
                .routesOffered().stream().map(route -> getTranslation(route.labelKey()))
                .collect(Collectors.joining(", ")))
                .setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("certification.designations.exam-fee"),
                designation -> pounds(designation.examFee())).setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("certification.designations.renewal"),
                designation -> getTranslation(designation.recertificationEssayRequired()
                        ? "certification.designations.renewal-essay" : "certification.designations.renewal-fee",
                        designation.renewalFee())).setAutoWidth(true);
        fitting.secondaryColumn(getTranslation("certification.designations.cpd"),
                designation -> getTranslation("certification.designations.cpd.value", designation.cpdHoursPerCycle(),
                        designation.cycleYears())).setFlexGrow(1);
        if (authentication.hasRole(Role.Names.ADMIN)) {
            grid.addComponentColumn(designation -> {
                var edit = new Button(VaadinIcon.EDIT.create(), event -> new DesignationEditor(catalogue, designation,
                        saved -> grid.setItems(catalogue.all())).open());
                edit.setId("edit-" + designation.code());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("certification.designation.edit-title", designation.code()));
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(catalogue.all());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String pounds(BigDecimal amount) {
        return getTranslation("certification.designations.pounds", amount);
    }
}
