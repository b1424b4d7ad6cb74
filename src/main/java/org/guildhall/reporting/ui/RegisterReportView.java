package org.guildhall.reporting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.RegisterReport;
import org.guildhall.reporting.RegisterColumns;

/** The register report: members by category and status, and joins and lapses in each of the last twelve months. */
@Route("registrar/reports/register")
@PageTitle("reporting.title.register-report")
@Menu(order = 47.5, icon = "vaadin:table", title = "reporting.menu.register-report")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class RegisterReportView extends VerticalLayout {

    RegisterReportView(RegisterReport register) {
        setId("register-report");
        addClassName("gh-page");

        var byStatus = ReportGrids.of("register-by-status", RegisterColumns.STATUS, this);
        byStatus.setItems(register.byCategoryAndStatus().stream().filter(row -> row.members() > 0).toList());
        byStatus.setEmptyStateText(getTranslation("reporting.register.empty"));
        byStatus.setAllRowsVisible(true);

        var byMonth = ReportGrids.of("register-by-month", RegisterColumns.MONTHLY, this);
        byMonth.setItems(register.joinsAndLapses(RegisterColumns.MONTHS));
        byMonth.setAllRowsVisible(true);

        add(new H2(getTranslation("reporting.register.title")),
                new H3(getTranslation("reporting.register.by-status")),
                ReportGrids.downloads(RegisterColumns.BY_STATUS, this), byStatus,
                new H3(getTranslation("reporting.register.by-month", RegisterColumns.MONTHS)),
                ReportGrids.downloads(RegisterColumns.BY_MONTH, this), byMonth);
    }
}
