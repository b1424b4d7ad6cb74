package org.guildhall.events.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.events.AttendanceService;
import org.guildhall.events.AttendedEvent;
import org.guildhall.events.PointsService;
import org.guildhall.events.PointsStatement;
import org.guildhall.identity.Role;
import org.guildhall.shell.PanelCard;

/** A member's membership points (total and history) and the events they attended, each with its certificate. */
@Route("my/points")
@PageTitle("events.title.my-points")
@Menu(order = 22, icon = "vaadin:star", title = "events.menu.my-points")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class MyPointsView extends VerticalLayout {

    MyPointsView(PointsService points, AttendanceService attendance) {
        setId("my-points");
        addClassName("gh-page");
        var statement = points.myPoints();
        add(PanelCard.figure("points-total", statement.total(),
                getTranslation("events.points.caption", statement.total())));
        add(new Paragraph(getTranslation("events.points.intro")));

        var history = new Grid<PointsStatement.Entry>();
        history.setId("points-history");
        history.addColumn(entry -> getTranslation("events.date", entry.earnedOn()))
                .setHeader(getTranslation("events.points.date")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(PointsStatement.Entry::reason).setHeader(getTranslation("events.points.for")).setFlexGrow(1);
        history.addColumn(PointsStatement.Entry::points).setHeader(getTranslation("events.points.points")).setAutoWidth(true).setFlexGrow(0);
        history.setItems(statement.entries());
        history.setAllRowsVisible(true);
        add(new H2(getTranslation("events.points.history")),
                statement.entries().isEmpty() ? new Paragraph(getTranslation("events.points.none")) : history);

        var attended = new Grid<AttendedEvent>();
        attended.setId("attended-events");
        attended.addColumn(event -> getTranslation("events.date", event.startsAt().atZone(event.zone()).toLocalDate()))
                .setHeader(getTranslation("events.points.date"))
                .setAutoWidth(true).setFlexGrow(0);
        attended.addComponentColumn(event -> new RouterLink(event.title(), EventView.class, event.eventId()))
                .setHeader(getTranslation("events.points.event")).setAutoWidth(true).setFlexGrow(1);
        attended.addColumn(event -> getTranslation("events.points.cpd-value", event.cpdHours(),
                EventTexts.category(event.cpdCategory()))).setHeader(getTranslation("events.points.cpd")).setAutoWidth(true).setFlexGrow(0);
        attended.addComponentColumn(event -> {
            var certificate = new Anchor("events/" + event.eventId() + "/certificate?lang=" + getLocale().toLanguageTag(),
                    getTranslation("events.points.certificate"));
            certificate.setRouterIgnore(true);
            return certificate;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        attended.setItems(attendance.myAttendance());
        attended.setAllRowsVisible(true);
        add(new H2(getTranslation("events.points.attended")), attended);
    }
}
