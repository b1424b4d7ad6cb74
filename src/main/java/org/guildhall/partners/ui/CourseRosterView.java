package org.guildhall.partners.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.guildhall.partners.CourseNotFoundException;
import org.guildhall.partners.PartnerCourseService;
import org.guildhall.partners.RosterReport;
import org.guildhall.partners.RosterReport.Outcome;
import org.guildhall.shared.Refused;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.SheetUpload;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * A course's roster, as a partner's contact or the registrar uploads it: the day its members completed the course,
 * then a CSV of member numbers or emails, reported line by line (matched, unknown, duplicates, credited before,
 * not creditable) before anything is credited; applying credits every matched member together or none. The
 * events attendance sheet works the same way.
 */
@Route("partners/roster")
@PageTitle("partners.title.roster")
@PermitAll
final class CourseRosterView extends VerticalLayout implements HasUrlParameter<Long> {

    /** Far above any roster within the row limit; stops a wrong file before it is read into memory. */
    private static final int MAX_ROSTER_BYTES = 2 * 1024 * 1024;

    private final PartnerCourseService service;
    private final Clock clock;
    private final Div report = new Div();
    /** Set on the UI thread, read on the upload's request. */
    private volatile @Nullable LocalDate completedOn;
    private long courseId;

    CourseRosterView(PartnerCourseService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setId("course-roster");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long courseId) {
        this.courseId = courseId;
        String title;
        try {
            title = service.course(courseId).title();
        } catch (CourseNotFoundException missing) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var heading = new H2(getTranslation("partners.roster.heading", title));
        heading.setId("roster-title");
        DatePicker date = DateInputs.datePicker(getTranslation("partners.roster.completed-on"));
        date.setId("roster-completed-on");
        date.setMax(LocalDate.now(clock));
        date.addValueChangeListener(change -> {
            completedOn = change.getValue();
            report.removeAll();
        });
        var upload = SheetUpload.create("roster-upload", MAX_ROSTER_BYTES, roster -> {
            LocalDate day = completedOn;
            var preview = service.previewRoster(courseId, roster, day);
            return () -> showPreview(preview, roster, day);
        }, this::showReportProblem, "partners.roster.unreadable");
        report.setId("roster-report");
        add(new RouterLink(getTranslation("partners.roster.back"), PartnerCoursesView.class), heading,
                new Paragraph(getTranslation("partners.roster.help")), date, upload, report);
    }

    /** The roster's report before crediting, and the button that credits the matched members. */
    void showPreview(RosterReport preview, byte[] roster, @Nullable LocalDate day) {
        report.removeAll();
        long matched = preview.count(Outcome.MATCHED);
        var summary = new Paragraph(getTranslation("partners.roster.preview", matched,
                preview.count(Outcome.ALREADY_CREDITED), preview.problems().size()));
        summary.setId("roster-report-summary");
        report.add(summary, problemsOf(preview));
        if (matched > 0) {
            var apply = new Button(getTranslation("partners.roster.apply", matched), click -> {
                try {
                    var done = service.applyRoster(courseId, roster, day);
                    report.removeAll();
                    var applied = new Paragraph(getTranslation("partners.roster.applied",
                            done.count(Outcome.MATCHED), done.problems().size()));
                    applied.setId("roster-report-summary");
                    report.add(applied, problemsOf(done));
                } catch (Refused refused) {
                    Toast.error(refused);
                }
            });
            apply.setId("apply-roster");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            report.add(apply);
        }
    }

    private Grid<RosterReport.Row> problemsOf(RosterReport roster) {
        var problems = new Grid<RosterReport.Row>();
        problems.setId("roster-report-problems");
        problems.addColumn(RosterReport.Row::lineNumber).setHeader(getTranslation("partners.roster.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RosterReport.Row::value).setHeader(getTranslation("partners.roster.as-written"))
                .setAutoWidth(true);
        problems.addColumn(row -> row.personName() == null ? "" : row.personName())
                .setHeader(getTranslation("partners.roster.person")).setAutoWidth(true);
        problems.addColumn(row -> row.reason() == null ? getTranslation(row.outcome().key())
                        : getTranslation(row.outcome().key()) + " " + Translated.text(row.reason()))
                .setHeader(getTranslation("partners.roster.problem")).setFlexGrow(1);
        problems.setItems(roster.problems());
        problems.setAllRowsVisible(true);
        problems.setVisible(!roster.problems().isEmpty());
        return problems;
    }

    private void showReportProblem(String message) {
        report.removeAll();
        var problem = new Paragraph(message);
        problem.setId("roster-report-error");
        problem.addClassName("gh-form-problem");
        report.add(problem);
    }
}
