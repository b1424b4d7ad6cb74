package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.BookingSummary;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.SittingSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;
import org.guildhall.shell.DateInputs;

/**
 * The registrar's exam sittings: schedule one (when, where, how many seats), and for a chosen sitting, enter each
 * candidate's result once.
 */
@Route("registrar/sittings")
@PageTitle("Exam sittings")
@Menu(order = 42, icon = "vaadin:calendar-clock", title = "Exam sittings")
@RolesAllowed(Role.Names.REGISTRAR)
final class SittingsView extends VerticalLayout {

    private final ExamService exams;
    private final DesignationCatalogue catalogue;
    private final Grid<SittingSummary> sittings = new Grid<>();
    private final Grid<BookingSummary> candidates = new Grid<>();
    private final H2 candidatesTitle = new H2("Candidates");

    SittingsView(ExamService exams, DesignationCatalogue catalogue, Clock clock) {
        this.exams = exams;
        this.catalogue = catalogue;
        setId("sittings");
        addClassName("gh-page");

        sittings.setId("sitting-grid");
        sittings.addColumn(sitting -> ExamsView.SITTING.format(sitting.startsAt())).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        sittings.addColumn(SittingSummary::place).setHeader("Where").setFlexGrow(1);
        sittings.addColumn(sitting -> sitting.seatsTaken() + " of " + sitting.capacity()).setHeader("Seats taken")
                .setAutoWidth(true).setFlexGrow(0);
        sittings.setItemsPageable(exams::sittings, pageable -> exams.countSittings());
        sittings.setHeight("18rem");
        sittings.addSelectionListener(event -> showCandidates(event.getFirstSelectedItem().orElse(null)));

        candidates.setId("candidate-grid");
        candidates.addColumn(BookingSummary::candidateName).setHeader("Candidate").setFlexGrow(1);
        candidates.addColumn(BookingSummary::designationCode).setHeader("Exam").setAutoWidth(true);
        candidates.addComponentColumn(this::resultCell).setHeader("Result").setFlexGrow(2);
        candidates.setAllRowsVisible(true);
        candidatesTitle.setVisible(false);
        candidates.setVisible(false);

        add(new H2("Schedule a sitting"), scheduleForm(clock), new H2("Sittings"),
                new Paragraph("Choose a sitting to see its candidates and enter their results."), sittings,
                candidatesTitle, candidates);
    }

    private FormLayout scheduleForm(Clock clock) {
        var date = DateInputs.datePicker("Date");
        date.setId("sitting-date");
        date.setMin(LocalDate.now(clock));
        var time = new TimePicker("Starts at");
        time.setId("sitting-time");
        time.setLocale(DateInputs.DEFAULT_LOCALE);
        time.setValue(LocalTime.of(9, 30));
        var venue = new TextField("Venue");
        venue.setId("sitting-venue");
        venue.setHelperText("Room and address; leave empty for an online-only sitting.");
        var link = new TextField("Online link");
        link.setId("sitting-link");
        link.setHelperText("Where online candidates join; leave empty for an in-person sitting.");
        var capacity = new IntegerField("Seats");
        capacity.setId("sitting-capacity");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(20);
        var schedule = new Button("Schedule sitting");
        schedule.setId("schedule-sitting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(event -> {
            if (date.getValue() == null || time.getValue() == null || capacity.getValue() == null) {
                Toast.error("Enter the date, the time and the number of seats.");
                return;
            }
            try {
                exams.scheduleSitting(LocalDateTime.of(date.getValue(), time.getValue()), venue.getValue(),
                        link.getValue(), capacity.getValue());
                sittings.getDataProvider().refreshAll();
                Toast.success("The sitting is scheduled and open for booking.");
            } catch (CertificationRefusedException refused) {
                Toast.error(refused);
            }
        });
        var form = new FormLayout(date, time, venue, link, capacity, schedule);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void showCandidates(SittingSummary sitting) {
        candidatesTitle.setVisible(sitting != null);
        candidates.setVisible(sitting != null);
        if (sitting != null) {
            candidatesTitle.setText("Candidates on " + ExamsView.SITTING.format(sitting.startsAt()));
            candidates.setItems(exams.candidatesAt(sitting.id()));
        }
    }

    private com.vaadin.flow.component.Component resultCell(BookingSummary booking) {
        if (booking.hasResult()) {
            return new Paragraph((Boolean.TRUE.equals(booking.passed()) ? "Passed" : "Not passed") + ": "
                    + booking.score() + "% (pass mark " + booking.passMark() + "%)");
        }
        var score = new IntegerField();
        score.setId("score-" + booking.id());
        score.setPlaceholder("Score %");
        score.setMin(0);
        score.setMax(100);
        score.setWidth("7rem");
        var passMark = new IntegerField();
        passMark.setId("pass-mark-" + booking.id());
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setWidth("7rem");
        passMark.setValue(catalogue.designation(booking.designationCode()).examPassMark());
        passMark.setTooltipText("Pass mark %");
        var enter = new Button("Enter result");
        enter.setId("enter-result-" + booking.id());
        enter.addClickListener(event -> {
            if (score.getValue() == null || passMark.getValue() == null || score.isInvalid() || passMark.isInvalid()) {
                Toast.error("Enter the score and the pass mark, each a percentage.");
                return;
            }
            try {
                var entered = exams.enterResult(booking.id(), score.getValue(), passMark.getValue());
                Toast.success(entered.candidateName() + (Boolean.TRUE.equals(entered.passed())
                        ? " passed and is awarded " + entered.designationCode() + "." : " did not pass; they may "
                                + "book another sitting."));
            } catch (CertificationRefusedException refused) {
                Toast.error(refused);
            }
            candidates.setItems(exams.candidatesAt(booking.sitting().id()));
        });
        var cell = new HorizontalLayout(score, passMark, enter);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        return cell;
    }
}
