package org.guildhall.reporting.ui;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.cpd.CpdComplianceFilter;
import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.cpd.CpdComplianceSort;
import org.guildhall.cpd.CpdComplianceSummary;
import org.guildhall.export.ExportFormat;
import org.guildhall.identity.Role;
import org.guildhall.reporting.CpdComplianceColumns;
import org.guildhall.shell.SearchField;
import org.guildhall.shell.Toast;

/**
 * The registrar's CPD compliance and risk report: every current certification with counted credits against the
 * requirement, at risk first, filtered and sorted here, downloaded as CSV or xlsx with the same filters, and a
 * reminder to everyone filtered who is still short.
 */
@Route("registrar/reports/cpd-compliance")
@PageTitle("reporting.title.cpd-compliance")
@Menu(order = 47, icon = "vaadin:chart", title = "reporting.menu.cpd-compliance")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class CpdComplianceView extends VerticalLayout implements BeforeEnterObserver {

    /** Rows shown on screen; the exports carry every row the filter admits. */
    static final int SHOWN = 200;

    private final CpdComplianceReport report;
    private final TextField search;
    private final Select<String> designation = new Select<>();
    private final Checkbox atRiskOnly = new Checkbox();
    private final IntegerField withinDays = new IntegerField();
    private final Select<CpdComplianceSort> sort = new Select<>();
    private final Grid<CpdComplianceSummary> grid;
    private final Paragraph shown = new Paragraph();
    private final Anchor csv;
    private final Anchor xlsx;

    CpdComplianceView(CpdComplianceReport report, DesignationCatalogue catalogue,
            AuthenticationContext authentication) {
        this.report = report;
        setId("cpd-compliance-report");
        addClassName("gh-page");
        setSizeFull();
        search = SearchField.matching("compliance-search", getTranslation("reporting.cpd.filter.search"));
        search.setLabel(getTranslation("reporting.cpd.filter.search-label"));

        designation.setId("compliance-designation");
        designation.setLabel(getTranslation("reporting.cpd.filter.designation"));
        designation.setItems(Stream.concat(Stream.of(""),
                catalogue.all().stream().map(DesignationSummary::code)).toList());
        designation.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("reporting.cpd.filter.all") : code);
        designation.setValue("");
        designation.setEmptySelectionAllowed(false);

        atRiskOnly.setId("compliance-at-risk");
        atRiskOnly.setLabel(getTranslation("reporting.cpd.filter.at-risk"));

        withinDays.setId("compliance-within-days");
        withinDays.setLabel(getTranslation("reporting.cpd.filter.within-days"));
        withinDays.setMin(0);
        withinDays.setStepButtonsVisible(true);
        withinDays.setErrorMessage(getTranslation("reporting.cpd.filter.days-invalid"));

        sort.setId("compliance-sort");
        sort.setLabel(getTranslation("reporting.cpd.sort"));
        sort.setItems(CpdComplianceSort.values());
        sort.setItemLabelGenerator(order -> getTranslation("reporting.cpd.sort." + order.name()));
        sort.setValue(CpdComplianceSort.AT_RISK_FIRST);

        var filters = ReportGrids.filterBar(search, designation, withinDays, sort, atRiskOnly);

        csv = ReportGrids.download("compliance-download-csv", CpdComplianceColumns.REPORT, ExportFormat.CSV, "", this);
        xlsx = ReportGrids.download("compliance-download-xlsx", CpdComplianceColumns.REPORT, ExportFormat.XLSX, "",
                this);
        var actions = new HorizontalLayout(csv, xlsx);
        actions.setAlignItems(Alignment.BASELINE);
        if (authentication.hasRole(Role.Names.REGISTRAR)) {
            var remind = new Button(getTranslation("reporting.cpd.remind"), click -> remind());
            remind.setId("compliance-remind");
            remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(remind);
        }

        grid = ReportGrids.of("compliance-grid", CpdComplianceColumns.ALL, this);
        grid.setEmptyStateText(getTranslation("reporting.cpd.empty"));
        grid.setSizeFull();
        shown.setId("compliance-shown");

        search.addValueChangeListener(change -> refresh());
        designation.addValueChangeListener(change -> refresh());
        atRiskOnly.addValueChangeListener(change -> refresh());
        withinDays.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation("reporting.cpd.title")), filters, actions, shown, grid);
    }

    /** {@code ?atRisk=true} (the dashboard's link) opens the report with only those at risk. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = event.getLocation().getQueryParameters().getParameters().entrySet()
                .stream().filter(parameter -> !parameter.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, parameter -> parameter.getValue().getFirst()));
        boolean atRisk = Boolean.parseBoolean(parameters.get("atRisk"));
        if (atRiskOnly.getValue() != atRisk) {
            atRiskOnly.setValue(atRisk); // refreshes through its listener
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (withinDays.isInvalid() || (withinDays.getValue() != null && withinDays.getValue() < 0)) {
            withinDays.setInvalid(true);
            return;
        }
        var filter = filter();
        var page = report.firstRows(filter, sort.getValue(), SHOWN);
        grid.setItems(page.rows());
        shown.setText(getTranslation("reporting.cpd.shown", page.rows().size(), page.total()));
        String query = CpdComplianceColumns.queryOf(filter);
        csv.setHref(ReportGrids.href(CpdComplianceColumns.REPORT, ExportFormat.CSV, query, this));
        xlsx.setHref(ReportGrids.href(CpdComplianceColumns.REPORT, ExportFormat.XLSX, query, this));
    }

    private CpdComplianceFilter filter() {
        return new CpdComplianceFilter(search.getValue(), designation.getValue(), atRiskOnly.getValue(),
                withinDays.getValue());
    }

    private void remind() {
        var sent = report.remindFiltered(filter());
        Toast.success(getTranslation("reporting.cpd.reminded", sent.sent(), sent.alreadyReminded(),
                sent.notYetDue()));
    }
}
