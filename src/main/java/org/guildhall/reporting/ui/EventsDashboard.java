package org.guildhall.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.guildhall.events.EventReport;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/**
 * The events card of the registrar's home page: places confirmed at coming events, and how many of those booked on
 * the last twelve months' events (EventReport.LOOK_BACK) came, linking to the events report.
 */
@org.springframework.stereotype.Component
final class EventsDashboard extends HomePanel {

    private final EventReport report;

    EventsDashboard(EventReport report) {
        super(7, Role.Names.REGISTRAR, Role.Names.ADMIN);
        this.report = report;
    }

    @Override
    public Component render() {
        var ui = UI.getCurrent();
        var overview = report.overview();
        long months = EventReport.LOOK_BACK.toTotalMonths();
        String attended = overview.heldAttendanceRate() == null
                ? ui.getTranslation("reporting.dashboard.events.attended-none", months)
                : ui.getTranslation("reporting.dashboard.events.attended", overview.heldConfirmed(),
                        overview.heldAttendanceRate(), months);
        var figures = new Div(
                PanelCard.figure("dashboard-events-coming", overview.comingConfirmed(),
                        ui.getTranslation("reporting.dashboard.events.coming", overview.comingConfirmed())),
                PanelCard.figure("dashboard-events-attendees", overview.heldAttendees(), attended));
        figures.addClassName("gh-figures");
        return new PanelCard("panel-events-report", ui.getTranslation("reporting.dashboard.events"), figures)
                .withLink(ui.getTranslation("reporting.dashboard.open-events"), "registrar/reports/events");
    }
}
