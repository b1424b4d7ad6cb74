package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * The registrar's exam sittings: schedule one (when, where, how many seats), and for a chosen sitting, enter each
 * candidate's result once.
 */
@Route("registrar/sittings")
@PageTitle("certification.title.sittings")
@Menu(order = 42, icon = "vaadin:calendar-clock", title = "certification.menu.sittings")
@RolesAllowed(Role.Names.REGISTRAR)
final class SittingsView extends VerticalLayout {

    private final ExamService exams;
    private final DesignationCatalogue catalogue;
    private final Grid<SittingSummary> sittings = new Grid<>();
    private final Grid<BookingSummary> candidates = new Grid<>();
    private final H2 candidatesTitle = new H2();

    SittingsView(ExamService exams, DesignationCatalogue catalogue, Clock clock) {
        this.exams = exams;
        this.catalogue = catalogue;
        setId("sittings");
        addClassName("gh-page");

        sittings.setId("sitting-grid");
        sittings.addColumn(sitting -> ExamsView.when(sitting.startsAt(), getLocale()))
                .setHeader(getTranslation("certification.sittings.when")).setAutoWidth(true).setFlexGrow(0);
        sittings.addColumn(sitting -> Translated.text(sitting.placeText()))
                .setHeader(getTranslation("certification.sittings.where")).setFlexGrow(1);
        sittings.addColumn(sitting -> getTranslation("certification.sittings.seats", sitting.seatsTaken(),
                sitting.capacity())).setHeader(getTranslation("certification.sittings.seats-taken"))
                .setAutoWidth(true).setFlexGrow(0);
        sittings.setItemsPageable(exams::sittings, pageable -> exams.countSittings());
        sittings.setHeight("18rem");
        sittings.addSelectionListener(event -> showCandidates(event.getFirstSelectedItem().orElse(null)));

        candidates.setId("candidate-grid");
        candidates.addColumn(BookingSummary::candidateName)
                .setHeader(getTranslation("certification.sittings.candidate")).setFlexGrow(1);
        candidates.addColumn(BookingSummary::designationCode)
                .setHeader(getTranslation("certification.sittings.exam")).setAutoWidth(true);
        candidates.addComponentColumn(this::resultCell).setHeader(getTranslation("certification.sittings.result"))
                .setFlexGrow(2);
        candidates.setAllRowsVisible(true);
        candidatesTitle.setVisible(false);
        candidates.setVisible(false);

        add(new H2(getTranslation("certification.sittings.schedule.title")), schedule(LocalDate.now(clock)),
                new H2(getTranslation("certification.sittings.title")),
                new Paragraph(getTranslation("certification.sittings.intro")), sittings, candidatesTitle, candidates);
    }

    private Component schedule(LocalDate today) {
        var form = new SittingForm(today);
        var schedule = new Button(getTranslation("certification.sittings.schedule"));
        schedule.setId("schedule-sitting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(event -> form.value().ifPresent(entered -> {
            try {
                exams.scheduleSitting(entered);
                sittings.getDataProvider().refreshAll();
                form.clear();
                Toast.success(getTranslation("certification.sittings.scheduled"));
            } catch (CertificationRefusedException refused) {
                form.show(refused);
            }
        }));
        return new VerticalLayout(form, schedule);
    }

    private void showCandidates(@Nullable SittingSummary sitting) {
        candidatesTitle.setVisible(sitting != null);
        candidates.setVisible(sitting != null);
        if (sitting != null) {
            candidatesTitle.setText(getTranslation("certification.sittings.candidates-on",
                    ExamsView.when(sitting.startsAt(), getLocale())));
            candidates.setItems(exams.candidatesAt(sitting.id()));
        }
    }

    private Component resultCell(BookingSummary booking) {
        if (booking.hasResult()) {
            return new Paragraph(getTranslation(Boolean.TRUE.equals(booking.passed())
                    ? "certification.sittings.passed" : "certification.sittings.not-passed", booking.score(),
                    booking.passMark()));
        }
        var form = new ResultForm(booking, catalogue.designation(booking.designationCode()).examPassMark());
        var enter = new Button(getTranslation("certification.sittings.enter-result"));
        enter.setId("enter-result-" + booking.id());
        enter.addClickListener(event -> form.value().ifPresent(entered -> {
            try {
                var result = exams.enterResult(booking.id(), entered);
                Toast.success(getTranslation(Boolean.TRUE.equals(result.passed())
                        ? "certification.sittings.awarded" : "certification.sittings.may-rebook",
                        result.candidateName(), result.designationCode()));
                candidates.setItems(exams.candidatesAt(booking.sitting().id()));
            } catch (CertificationRefusedException refused) {
                form.show(refused);
                if (refused.fieldProblems().isEmpty()) {
                    // Refused as a step (entered meanwhile, not sat yet): show the row as it now stands.
                    candidates.setItems(exams.candidatesAt(booking.sitting().id()));
                }
            }
        }));
        var cell = new HorizontalLayout(form, enter);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        return cell;
    }
}
