package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.events.AttendanceService;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.events.EventSummary;
import org.guildhall.events.Registrant;
import org.guildhall.events.RegistrationService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.TestAccounts.signInAs;

/** Issue 7 on screen: registering from the event page, publishing with the form, the attendance sheet. */
@IntegrationTest
class EventViewsTest extends SpringBrowserlessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_member_takes_the_last_place_from_the_event_page_and_the_next_person_is_offered_the_waiting_list() {
        var event = publish(Duration.ofDays(10), 1);
        var member = member("Amara Screen");
        signInAs(member);
        navigate(EventView.class, event.id());
        assertThat($(H2.class).id("event-title").getText()).isEqualTo(event.title());

        test($(Button.class).id("register")).click();

        assertThat($(Paragraph.class).id("my-registration-status").getText()).startsWith("You are registered")
                .contains("fee \u00a340.00, invoice INV-");
        signInAs(member("Ben Next"));
        navigate(EventView.class, event.id());
        assertThat($(Button.class).id("register").getText()).isEqualTo("Join the waiting list");
        test($(Button.class).id("register")).click();
        assertThat($(Paragraph.class).id("my-registration-status").getText())
                .isEqualTo("Waiting list: number 1");
    }

    @Test
    void the_registrar_publishes_an_event_and_the_form_says_what_is_missing_first() {
        TestAccounts.asRegistrar();
        navigate(EventEditorView.class);

        test($(Button.class).id("save-event")).click();
        assertThat($(TextField.class).id("event-title-field").getErrorMessage()).isEqualTo("Give the event a title.");
        assertThat($(DateTimePicker.class).id("event-starts").getErrorMessage()).isEqualTo("When does it start?");
        assertThat($(BigDecimalField.class).id("event-hours").getErrorMessage())
                .isEqualTo("Enter the educational hours (0 if none).");

        String title = "Forum on queue design " + System.nanoTime();
        test($(TextField.class).id("event-title-field")).setValue(title);
        test($(TextArea.class).id("event-description")).setValue("Open forum for contact-centre planners.");
        var start = LocalDateTime.of(LocalDate.now(clock).plusDays(40), LocalTime.of(18, 0));
        $(DateTimePicker.class).id("event-starts").setValue(start);
        $(DateTimePicker.class).id("event-ends").setValue(start.plusHours(2));
        test($(BigDecimalField.class).id("event-hours")).setValue(new BigDecimal("1.5"));
        test($(BigDecimalField.class).id("event-member-fee")).setValue(new BigDecimal("250000"));
        test($(IntegerField.class).id("event-cutoff")).setValue(24 * 365);
        test($(Button.class).id("save-event")).click();

        // The event's own limits, all at once, each on its field; what was typed stays.
        assertThat($(TextField.class).id("event-venue").getErrorMessage())
                .isEqualTo("Give a place, an online link, or both.");
        assertThat($(BigDecimalField.class).id("event-member-fee").getErrorMessage()).startsWith("A fee is");
        assertThat($(IntegerField.class).id("event-cutoff").getErrorMessage())
                .startsWith("The cancellation cutoff is 0 to 2160 hours");
        assertThat($(TextField.class).id("event-title-field").getValue()).isEqualTo(title);
        assertThat(getCurrentView()).isInstanceOf(EventEditorView.class);

        test($(TextField.class).id("event-venue")).setValue("Institute Library, London");
        test($(BigDecimalField.class).id("event-member-fee")).setValue(new BigDecimal("25"));
        $(IntegerField.class).id("event-cutoff").clear();
        test($(Button.class).id("save-event")).click();

        assertThat(getCurrentView()).isInstanceOf(EventView.class);
        assertThat($(H2.class).id("event-title").getText()).isEqualTo(title);
    }

    @Test
    void the_registrar_uploads_an_attendance_sheet_sees_the_unmatched_lines_then_records_the_rest() {
        var member = member("Sheet Screen");
        var event = publish(Duration.ofMinutes(1), 10);
        signInAs(member);
        registrations.register(event.id());
        clock.advance(Duration.ofMinutes(2));
        TestAccounts.asRegistrar();
        navigate(AttendanceView.class, event.id());

        test($(Upload.class).single()).upload("attendance.csv", "text/csv",
                ("Email\n" + member.email() + "\nnobody@example.org\n").getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("attendance-report-summary").getText())
                .isEqualTo("1 to record \u00b7 0 already recorded \u00b7 1 line not matched");
        assertThat(attendance.registrants(event.id())).noneMatch(Registrant::attended);
        assertThat($(Button.class).id("record-attendance-sheet").getText()).isEqualTo("Record 1 attendance");
        test($(Button.class).id("record-attendance-sheet")).click();
        assertThat($(Paragraph.class).id("attendance-report-summary").getText()).startsWith("Recorded 1 attendance (");
        assertThat(attendance.registrants(event.id())).singleElement().extracting(Registrant::attended)
                .isEqualTo(true);
    }

    @Test
    void an_upload_in_the_wrong_encoding_is_refused_on_screen() {
        var event = publish(Duration.ofHours(-1), 10);
        TestAccounts.asRegistrar();
        navigate(AttendanceView.class, event.id());

        test($(Upload.class).single()).upload("attendance.csv", "text/csv",
                "Jos\u00e9 Mu\u00f1oz\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat($(Paragraph.class).id("attendance-report-error").getText()).contains("not UTF-8");
    }

    @Test
    void a_member_cannot_open_the_registrars_event_pages() {
        signInAs(member("Curious Member"));

        navigate("registrar/events", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        navigate("registrar/event", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }


    @Test
    void in_french_the_event_page_and_the_editors_refusals_read_in_french() {
        var event = publish(Duration.ofDays(10), 5);
        signInAs(member("Élodie Martin"));
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(EventView.class, event.id());
        assertThat($(Button.class).id("register").getText()).isEqualTo("S’inscrire");
        assertThat($(Span.class).id("event-places").getText()).isEqualTo("5 places restantes sur 5");

        test($(Button.class).id("register")).click();
        assertThat($(Paragraph.class).id("my-registration-status").getText()).startsWith("Vous êtes inscrit")
                .contains("tarif 40,00 £, facture INV-");

        TestAccounts.asRegistrar();
        navigate(EventEditorView.class);
        test($(Button.class).id("save-event")).click();
        assertThat($(TextField.class).id("event-title-field").getErrorMessage())
                .isEqualTo("Donnez un titre à l’événement.");
        test($(TextField.class).id("event-title-field")).setValue("Forum sur les files d’attente");
        test($(TextArea.class).id("event-description")).setValue("Forum ouvert.");
        var start = LocalDateTime.of(LocalDate.now(clock).plusDays(40), LocalTime.of(18, 0));
        $(DateTimePicker.class).id("event-starts").setValue(start);
        $(DateTimePicker.class).id("event-ends").setValue(start.plusHours(2));
        test($(BigDecimalField.class).id("event-hours")).setValue(new BigDecimal("1.5"));
        test($(Button.class).id("save-event")).click();
        // The domain's refusal, shown on its field in the reader's language.
        assertThat($(TextField.class).id("event-venue").getErrorMessage())
                .isEqualTo("Indiquez un lieu, un lien en ligne, ou les deux.");
    }

    private EventSummary publish(Duration startsIn, int capacity) {
        TestAccounts.asRegistrar();
        var start = clock.instant().plus(startsIn).atZone(LONDON).toLocalDateTime();
        return events.publish(new EventDetails(EventKind.WORKSHOP, "Journey mapping " + System.nanoTime(),
                "Hands-on.", start, start.plusHours(2), LONDON, "Moorgate, London", null, capacity,
                new BigDecimal("40.00"), new BigDecimal("60.00"), CpdCategory.CONTINUING_EDUCATION,
                new BigDecimal("2"), 8, null, Set.of()));
    }

    private AccountSummary member(String name) {
        return TestAccounts.member(provisioning, memberships, name);
    }
}
