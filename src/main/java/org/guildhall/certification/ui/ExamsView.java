package org.guildhall.certification.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.BookingSummary;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.EnrolmentStatus;
import org.guildhall.certification.EnrolmentDetails;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.SittingSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The exam route from the candidate's side (seed 003): the syllabus, enrolment for a designation's exam, the fee,
 * booking a sitting, and results.
 */
@Route("certification/exams")
@PageTitle("certification.title.exams")
@Menu(order = 16, icon = "vaadin:academy-cap", title = "certification.menu.exams")
@RolesAllowed(Role.Names.MEMBER)
final class ExamsView extends VerticalLayout {

    private final ExamService exams;
    private final PaymentService payments;
    private final Div enrolments = new Div();

    ExamsView(ExamService exams, PaymentService payments, DesignationCatalogue catalogue) {
        this.exams = exams;
        this.payments = payments;
        setId("exams");
        addClassName("gh-page");

        var syllabus = new OrderedList();
        syllabus.setId("syllabus");
        exams.syllabus().forEach(topic -> syllabus.add(new ListItem(topic)));

        var form = new EnrolmentForm(catalogue.all().stream()
                .filter(offered -> offered.routesOffered().contains(org.guildhall.certification.Route.EXAM)).toList());
        var enrol = new Button(getTranslation("certification.exam.enrol"));
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click must not enrol (and invoice) twice.
        enrol.setDisableOnClick(true);
        enrol.addClickListener(event -> {
            try {
                form.value().ifPresent(chosen -> {
                    var enrolled = exams.enrol(chosen);
                    Toast.success(getTranslation("certification.exam.enrolled", enrolled.designationCode()));
                    form.clear();
                    render();
                });
            } catch (CertificationRefusedException refused) {
                form.show(refused);
            } finally {
                enrol.setEnabled(true);
            }
        });
        var enrolRow = new HorizontalLayout(form, enrol);
        enrolRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        enrolRow.setWrap(true);
        enrolments.setId("enrolments");
        enrolments.addClassName("gh-cards");

        add(new H2(getTranslation("certification.exam.enrolments.title")), enrolments,
                new H2(getTranslation("certification.exam.enrol.title")),
                new Paragraph(getTranslation("certification.exam.enrol.intro")), enrolRow,
                new H2(getTranslation("certification.exam.syllabus.title")),
                new Paragraph(getTranslation("certification.exam.syllabus.intro")), syllabus);
        render();
    }

    /** When a sitting starts, in the reader's language ("Tue 8 Dec 2026, 09:30", "mar. 8 déc. 2026, 09:30"). */
    static String when(LocalDateTime startsAt, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(startsAt);
    }

    private void render() {
        enrolments.removeAll();
        var mine = exams.myEnrolments();
        if (mine.isEmpty()) {
            enrolments.add(new Paragraph(getTranslation("certification.exam.enrolments.none")));
        }
        mine.forEach(enrolment -> enrolments.add(card(enrolment)));
    }

    private Div card(EnrolmentDetails enrolment) {
        var badge = new Span(getTranslation(enrolment.status().labelKey()));
        badge.setId("enrolment-status-" + enrolment.id());
        badge.addClassNames("gh-badge", enrolment.status() == EnrolmentStatus.AWAITING_PAYMENT ? "gh-badge-no"
                : "gh-badge-yes");
        var card = new Div(new H2(getTranslation("certification.exam.card.title", enrolment.designationCode())), badge,
                new Paragraph(getTranslation(enrolment.reappliesCertificationId() == null
                        ? "certification.exam.card.name" : "certification.exam.card.name-reexamination",
                        enrolment.designationName())));
        card.setId("enrolment-" + enrolment.id());
        card.addClassName("gh-card");
        if (enrolment.status() == EnrolmentStatus.AWAITING_PAYMENT) {
            payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject()).ifPresent(invoice ->
                    card.add(new Paragraph(getTranslation("certification.exam.card.fee", invoice.amount(),
                            invoice.reference(), invoice.status().label())),
                            new Anchor("invoices", getTranslation("certification.exam.card.pay"))));
        }
        for (BookingSummary booking : enrolment.bookings()) {
            String outcome = !booking.hasResult() ? getTranslation("certification.exam.card.booked")
                    : getTranslation(Boolean.TRUE.equals(booking.passed()) ? "certification.exam.card.passed"
                            : "certification.exam.card.not-passed", booking.score(), booking.passMark());
            card.add(new Paragraph(getTranslation("certification.exam.card.sitting",
                    when(booking.sitting().startsAt(), getLocale()), Translated.text(booking.sitting().placeText()),
                    outcome)));
            if (!booking.hasResult()) {
                var file = new Anchor("calendar/files/" + BookingSummary.CALENDAR_KIND + "/" + booking.id() + "?lang="
                        + getLocale().toLanguageTag(), getTranslation("certification.calendar.add"));
                file.setRouterIgnore(true);
                file.setId("booking-calendar-" + booking.id());
                card.add(file);
            }
        }
        if (enrolment.mayBook()) {
            card.add(bookingForm(enrolment));
        }
        return card;
    }

    private HorizontalLayout bookingForm(EnrolmentDetails enrolment) {
        var sitting = new Select<SittingSummary>();
        sitting.setId("sitting-" + enrolment.id());
        sitting.setLabel(getTranslation("certification.exam.sitting.label"));
        var open = exams.bookableSittings();
        sitting.setItems(open);
        sitting.setItemLabelGenerator(choice -> choice == null ? ""
                : getTranslation("certification.exam.sitting.choice",
                when(choice.startsAt(), getLocale()), Translated.text(choice.placeText()), choice.freeSeats()));
        sitting.setHelperText(open.isEmpty() ? getTranslation("certification.exam.sitting.none-free") : null);
        sitting.setWidthFull();
        var book = new Button(getTranslation("certification.exam.book"));
        book.setId("book-" + enrolment.id());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(event -> {
            if (sitting.getValue() == null) {
                sitting.setInvalid(true);
                sitting.setErrorMessage(getTranslation("certification.exam.sitting-needed"));
                return;
            }
            try {
                exams.book(enrolment.id(), sitting.getValue().id());
                Toast.success(getTranslation("certification.exam.booked"));
            } catch (CertificationRefusedException | CertificationNotFoundException refused) {
                Toast.error(refused);
            }
            render();
        });
        var form = new HorizontalLayout(sitting, book);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        return form;
    }
}
