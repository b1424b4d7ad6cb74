package org.guildhall.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.privacy.RetentionDue;
import org.guildhall.privacy.RetentionService;
import org.guildhall.shell.Formats;

/** The retention rules' dry run: per kind of record, its period and how many records the nightly job would delete. */
@Route("privacy/retention")
@PageTitle("privacy.title.retention")
@Menu(order = 96, icon = "vaadin:archive", title = "privacy.menu.retention")
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.ADMIN})
final class RetentionView extends VerticalLayout {

    RetentionView(RetentionService retention, java.time.Clock clock) {
        setId("retention");
        addClassName("gh-page");
        var grid = new Grid<RetentionDue>();
        grid.setId("retention-dry-run");
        grid.addColumn(due -> getTranslation("privacy.retention.kind." + due.kind()))
                .setHeader(getTranslation("privacy.retention.kind")).setFlexGrow(1);
        grid.addColumn(due -> getTranslation("privacy.retention.months", due.keptFor().toTotalMonths())).setHeader(getTranslation("privacy.retention.kept-for"))
                .setAutoWidth(true);
        grid.addColumn(due -> Formats.date(due.cutoff(), clock.getZone()))
                .setHeader(getTranslation("privacy.retention.cutoff")).setAutoWidth(true);
        grid.addColumn(RetentionDue::records).setHeader(getTranslation("privacy.retention.due")).setAutoWidth(true);
        grid.setItems(retention.dryRun());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("privacy.retention.title")),
                new Paragraph(getTranslation("privacy.retention.intro")), grid);
    }
}
