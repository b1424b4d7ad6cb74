package org.guildhall.partners.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.guildhall.shell.SheetReport;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * A course's roster, as a partner's contact or the registrar uploads it: the day its members completed the course,
 * then a CSV of member numbers or emails, reported line by line (matched, unknown, duplicates, credited before,
 * not creditable) before anything is credited; applying credits every matched member together or none. The
 * events attendance sheet works the same way ({@link SheetReport}).
 */
@Route("partners/roster")
@PageTitle("partners.title.roster")
@PermitAll
final class CourseRosterView extends VerticalLayout implements HasUrlParameter<Long> {

    /** Far above any roster within the row limit; stops a wrong file before it is read into memory. */
    private static final int MAX_ROSTER_BYTES = 2 * 1024 * 1024;

    private final PartnerCourseService service;
    private final Clock clock;
    private final SheetReport report;
    /** Set on the UI thread, read on the upload's request. */
    private volatile @Nullable LocalDate completedOn;
    private long courseId;

    CourseRosterView(PartnerCourseService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.report = new SheetReport("roster", new SheetReport.Headings(getTranslation("partners.roster.line"),
                getTranslation("partners.roster.as-written"), getTranslation("partners.roster.person"),
                getTranslation("partners.roster.problem")));
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
        var upload = report.upload(MAX_ROSTER_BYTES, roster -> {
            LocalDate day = completedOn;
            var preview = service.previewRoster(courseId, roster, day);
            return () -> showPreview(preview, roster, day);
        }, "partners.roster.unreadable");
        add(new RouterLink(getTranslation("partners.roster.back"), PartnerCoursesView.class), heading,
                new Paragraph(getTranslation("partners.roster.help")), date, upload, report);
    }

    /** The roster's report before crediting, and the button that credits the matched members. */
    void showPreview(RosterReport preview, byte[] roster, @Nullable LocalDate day) {
        long matched = preview.count(Outcome.MATCHED);
        report.show(getTranslation("partners.roster.preview", matched, preview.count(Outcome.ALREADY_CREDITED),
                preview.problems().size()), problemsOf(preview));
        if (matched > 0) {
            report.offer("apply-roster", getTranslation("partners.roster.apply", matched), () -> {
                try {
                    var done = service.applyRoster(courseId, roster, day);
                    report.show(getTranslation("partners.roster.applied", done.count(Outcome.MATCHED),
                            done.problems().size()), problemsOf(done));
                } catch (Refused refused) {
                    Toast.error(refused);
                }
            });
        }
    }

    private List<SheetReport.Problem> problemsOf(RosterReport roster) {
        return roster.problems().stream().map(row -> new SheetReport.Problem(row.lineNumber(), row.value(),
                row.personName(), row.reason() == null ? getTranslation(row.outcome().key())
                        : getTranslation(row.outcome().key()) + " " + Translated.text(row.reason()))).toList();
    }
}
