package org.guildhall.certification.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.BookingSummary;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.SittingData;
import org.guildhall.certification.SittingSummary;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.certification.domain.ExamBooking;
import org.guildhall.certification.domain.ExamBookingRepository;
import org.guildhall.certification.domain.ExamEnrolment;
import org.guildhall.certification.domain.ExamEnrolmentRepository;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.certification.domain.ExamSittingRepository;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam forms on one binder each (issue 13): scheduling a sitting, entering a result and enrolling show every
 * problem on the field it concerns at once, keep what was typed, and save what is valid.
 */
@IntegrationTest
class ExamFormsTest extends SpringBrowserlessTest {

    @Autowired ExamService exams;
    @Autowired CertificationService certifications;
    @Autowired ExamSittingRepository sittings;
    @Autowired ExamEnrolmentRepository enrolments;
    @Autowired ExamBookingRepository bookings;
    @Autowired DesignationRepository designations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void scheduling_a_sitting_shows_each_problem_on_its_field_keeps_what_was_typed_and_schedules_a_valid_one() {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        navigate(SittingsView.class);
        long before = exams.countSittings();

        // No day and no seats: both said at once, on their fields.
        test($(TextField.class).id("sitting-venue")).setValue("   ");
        $(IntegerField.class).id("sitting-capacity").clear();
        $(TimePicker.class).id("sitting-time").setValue(LocalTime.of(14, 0));
        test($(Button.class).id("schedule-sitting")).click();
        assertThat($(DatePicker.class).id("sitting-date").isInvalid()).isTrue();
        assertThat($(IntegerField.class).id("sitting-capacity").getErrorMessage())
                .isEqualTo("Give the number of seats.");

        LocalDate day = LocalDate.now(clock).plusDays(10);
        $(DatePicker.class).id("sitting-date").setValue(day);
        test($(IntegerField.class).id("sitting-capacity")).setValue(30);
        // Neither a venue nor a link: the sitting's own rule, on the venue; what was typed stays.
        test($(Button.class).id("schedule-sitting")).click();
        assertThat($(TextField.class).id("sitting-venue").getErrorMessage())
                .isEqualTo("Give the venue, the online link, or both.");
        assertThat($(TimePicker.class).id("sitting-time").getValue()).isEqualTo(LocalTime.of(14, 0));
        assertThat($(DatePicker.class).id("sitting-date").getValue()).isEqualTo(day);
        assertThat(exams.countSittings()).isEqualTo(before);

        test($(TextField.class).id("sitting-venue")).setValue("Guildhall, Room 4");
        test($(Button.class).id("schedule-sitting")).click();
        assertThat(exams.countSittings()).isEqualTo(before + 1);
    }

    @Test
    void a_result_out_of_range_is_refused_on_its_field_and_a_valid_one_awards_the_designation() {
        var candidate = TestAccounts.account(provisioning, "Ines Duarte", Role.MEMBER);
        var booking = bookedAtASittingJustHeld(candidate.id());
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        navigate(SittingsView.class);

        @SuppressWarnings("unchecked")
        Grid<SittingSummary> grid = $(Grid.class).id("sitting-grid");
        grid.select(exams.sitting(booking.sittingId()));
        @SuppressWarnings("unchecked")
        Grid<BookingSummary> candidates = $(Grid.class).id("candidate-grid");
        // The result column's cell: the candidate's own form and its button.
        var cell = test(candidates).getCellComponent(0, 2);
        IntegerField score = inside(cell, IntegerField.class, "score-" + booking.id());
        IntegerField passMark = inside(cell, IntegerField.class, "pass-mark-" + booking.id());
        Button enter = inside(cell, Button.class, "enter-result-" + booking.id());
        enter.click();
        assertThat(score.getErrorMessage()).isEqualTo("Enter the score, a percentage.");
        assertThat(passMark.isInvalid()).isFalse();

        score.setValue(82);
        passMark.setValue(0);
        enter.click();
        assertThat(passMark.isInvalid()).isTrue();
        assertThat(score.getValue()).isEqualTo(82);
        assertThat(certifications.certificationsOf(candidate.id())).isEmpty();

        passMark.setValue(70);
        enter.click();
        assertThat(certifications.certificationsOf(candidate.id())).singleElement()
                .satisfies(awarded -> assertThat(awarded.designationCode()).isEqualTo("CCES"));
    }

    @Test
    void enrolling_without_a_designation_is_said_on_the_field_in_the_readers_language() {
        TestAccounts.signInAs(TestAccounts.account(provisioning, "Jonas Berg", Role.MEMBER));
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(ExamsView.class);

        test($(Button.class).id("enrol")).click();

        Select<?> designation = $(Select.class).id("enrol-designation");
        assertThat(designation.isInvalid()).isTrue();
        assertThat(designation.getErrorMessage())
                .isEqualTo("Choisissez le titre professionnel dont vous voulez passer l’examen.");
        assertThat(exams.myEnrolments()).isEmpty();
    }

    private static <T extends Component> T inside(Component cell, Class<T> type, String id) {
        return descendants(cell).filter(type::isInstance).map(type::cast)
                .filter(found -> found.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ExamFormsTest::descendants));
    }

    /** A paid, booked enrolment for CCES at a sitting that started a minute ago. */
    private ExamBooking bookedAtASittingJustHeld(long candidate) {
        var now = LocalDateTime.now(clock);
        var soon = now.plusMinutes(1);
        var sitting = sittings.save(new ExamSitting(new SittingData(soon.toLocalDate(), soon.toLocalTime(),
                "Guildhall, Room 3", null, 10, 180), now));
        var enrolment = new ExamEnrolment(candidate, designations.findById("CCES").orElseThrow(), null,
                clock.instant());
        enrolment.feePaid(clock.instant());
        enrolment.booked();
        enrolment = enrolments.save(enrolment);
        var booking = bookings.save(new ExamBooking(enrolment.id(), sitting.id(), clock.instant()));
        clock.advance(Duration.ofMinutes(5));
        return booking;
    }
}
