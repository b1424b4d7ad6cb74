package org.guildhall.events.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.events.AttendanceImportReport.Outcome;
import org.guildhall.events.AttendanceImportReport;
import org.guildhall.events.AttendanceService;
import org.guildhall.events.EventNotFoundException;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.events.Registrant;
import org.guildhall.identity.Role;
import org.guildhall.shell.FittingGrid;
import org.guildhall.shell.SheetReport;
import org.guildhall.shell.Toast;

/**
 * The registrar records who came: one by one from the list of registrants and presenters, or from an attendance
 * sheet (CSV of member numbers or emails), which is checked and reported line by line before anything is recorded.
 */
@Route("registrar/attendance")
@PageTitle("events.title.attendance")
@RolesAllowed(Role.Names.REGISTRAR)
final class AttendanceView extends VerticalLayout implements HasUrlParameter<Long> {

    /** Far above any sheet within the row limit; stops a wrong file before it is read into memory. */
    private static final int MAX_SHEET_BYTES = 2 * 1024 * 1024;

    private final EventService events;
    private final AttendanceService attendance;
    private final Grid<Registrant> grid = new Grid<>();
    private final SheetReport report;
    private long eventId;

    AttendanceView(EventService events, AttendanceService attendance) {
        this.events = events;
        this.attendance = attendance;
        this.report = new SheetReport("attendance", new SheetReport.Headings(
                getTranslation("events.attendance.line"), getTranslation("events.attendance.as-written"), null,
                getTranslation("events.attendance.problem")));
        setId("attendance");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long eventId) {
        this.eventId = eventId;
        EventSummary event;
        try {
            event = events.event(eventId);
        } catch (EventNotFoundException missing) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var title = new H2(event.title());
        title.setId("attendance-title");
        add(new RouterLink(getTranslation("events.attendance.back"), EventView.class, eventId), title,
                new Paragraph(getTranslation("events.attendance.earns", EventTexts.when(event),
                        EventTexts.credit(event))));

        grid.setId("attendance-grid");
        grid.removeAllColumns();
        // The name and the attendance fit a phone; the rest folds under a tapped row there.
        var fitting = FittingGrid.of(grid);
        grid.addColumn(Registrant::fullName).setHeader(getTranslation("events.attendance.name"))
                .setWidth("7rem").setFlexGrow(1);
        fitting.secondaryColumn(getTranslation("events.attendance.email"), Registrant::email)
                .setWidth("10rem").setFlexGrow(1);
        fitting.secondaryColumn(getTranslation("events.attendance.member-number"),
                person -> person.memberNumber() == null ? "" : person.memberNumber()).setAutoWidth(true)
                .setFlexGrow(0);
        fitting.secondaryColumn(getTranslation("events.attendance.role"), person -> person.presenter()
                ? getTranslation("events.attendance.presenter") : person.status() == null ? ""
                : getTranslation(person.status().key())).setAutoWidth(true).setFlexGrow(0);
        // Its badge, Remove and Certificate wrap within the cell on a phone rather than widen the grid.
        grid.addComponentColumn(this::attendanceCell).setHeader(getTranslation("events.attendance.attendance"))
                .setKey("attendance").setWidth("10rem").setFlexGrow(1);
        grid.setAllRowsVisible(true);

        var upload = report.upload(MAX_SHEET_BYTES, sheet -> {
            var preview = attendance.previewImport(eventId, sheet);
            return () -> showPreview(preview, sheet);
        }, "events.attendance.unreadable");

        add(grid, new H2(getTranslation("events.attendance.upload")),
                new Paragraph(getTranslation("events.attendance.upload.help")), upload, report);
        refresh();
    }

    private com.vaadin.flow.component.Component attendanceCell(Registrant person) {
        if (person.attended()) {
            var attended = new Span(getTranslation("events.attendance.attended"));
            attended.addClassNames("gh-badge", "gh-badge-yes");
            var remove = new Button(getTranslation("events.attendance.remove"), click -> confirmRemoval(person));
            remove.setId("unattend-" + person.accountId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            var certificate = new Anchor("events/" + eventId + "/certificate/" + person.accountId() + "?lang="
                    + getLocale().toLanguageTag(),
                    getTranslation("events.attendance.certificate"));
            certificate.setRouterIgnore(true);
            var cell = new HorizontalLayout(attended, remove, certificate);
            cell.setAlignItems(Alignment.CENTER);
            cell.setSpacing(false);
            cell.setWrap(true);
            return cell;
        }
        var mark = new Button(getTranslation("events.attendance.mark"), click -> act(() -> {
            String noCpdCredit = attendance.markAttended(eventId, person.accountId());
            if (noCpdCredit != null) {
                Toast.warning(getTranslation("events.attendance.no-cpd-credit", noCpdCredit));
            }
        }));
        mark.setId("attend-" + person.accountId());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return mark;
    }

    private void confirmRemoval(Registrant person) {
        var dialog = new Dialog(getTranslation("events.attendance.remove.heading", person.fullName()));
        dialog.add(new Paragraph(getTranslation("events.attendance.remove.text")));
        var confirm = new Button(getTranslation("events.attendance.remove"), click -> {
            dialog.close();
            act(() -> attendance.removeAttendance(eventId, person.accountId()));
        });
        confirm.setId("confirm-unattend");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("events.event.keep"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** The sheet's report before recording: what matches, what does not, and the button to record the matches. */
    void showPreview(AttendanceImportReport preview, byte[] sheet) {
        long matched = preview.count(Outcome.MATCHED);
        report.show(getTranslation("events.attendance.preview", matched, preview.count(Outcome.ALREADY_RECORDED),
                preview.problems().size()), problemsOf(preview));
        if (matched > 0) {
            report.offer("record-attendance-sheet", getTranslation("events.attendance.record", matched),
                    () -> act(() -> {
                        var done = attendance.importAttendance(eventId, sheet);
                        report.show(getTranslation(done.withoutCpdCredit() == 0 ? "events.attendance.recorded"
                                        : "events.attendance.recorded-some-without-credit",
                                done.count(Outcome.MATCHED), done.withoutCpdCredit(), done.problems().size()),
                                problemsOf(done));
                    }));
        }
    }

    private List<SheetReport.Problem> problemsOf(AttendanceImportReport sheet) {
        return sheet.problems().stream().map(row -> new SheetReport.Problem(row.lineNumber(), row.value(), null,
                getTranslation(row.outcome().key()))).toList();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (EventRefusedException | EventNotFoundException refused) {
            Toast.error(refused);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(attendance.registrants(eventId));
    }
}
