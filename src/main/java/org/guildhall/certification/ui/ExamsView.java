package org.guildhall.certification.ui;

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
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.EnrolmentStatus;
import org.guildhall.certification.EnrolmentDetails;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.SittingSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shell.Toast;

/**
 * The exam route from the candidate's side (seed 003): the syllabus, enrolment for a designation's exam, the fee,
 * booking a sitting, and results.
 */
@Route("certification/exams")
@PageTitle("My exams")
@Menu(order = 16, icon = "vaadin:academy-cap", title = "My exams")
@RolesAllowed(Role.Names.MEMBER)
final class ExamsView extends VerticalLayout {

    static final DateTimeFormatter SITTING = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

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

        var designation = new Select<DesignationSummary>();
        designation.setId("enrol-designation");
        designation.setLabel("Designation");
        designation.setItems(catalogue.all().stream()
                .filter(offered -> offered.routesOffered().contains(org.guildhall.certification.Route.EXAM)).toList());
        designation.setItemLabelGenerator(choice -> choice == null ? ""
                : choice.code() + " \u00b7 " + choice.fullName() + " \u00b7 \u00a3" + choice.examFee());
        designation.setWidth("30rem");
        var enrol = new Button("Enrol and get the fee invoice");
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click must not enrol (and invoice) twice.
        enrol.setDisableOnClick(true);
        enrol.addClickListener(event -> {
            try {
                if (designation.getValue() == null) {
                    designation.setInvalid(true);
                    designation.setErrorMessage("Choose the designation whose exam you want to sit.");
                    return;
                }
                var enrolled = exams.enrol(designation.getValue().code());
                Toast.success("You are enrolled for the " + enrolled.designationCode() + " exam. Pay the fee under "
                        + "My invoices; you can book a sitting once it is confirmed.");
                render();
            } catch (CertificationRefusedException refused) {
                Toast.error(refused);
            } finally {
                enrol.setEnabled(true);
            }
        });
        var enrolRow = new HorizontalLayout(designation, enrol);
        enrolRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        enrolRow.setWrap(true);
        enrolments.setId("enrolments");
        enrolments.addClassName("gh-cards");

        add(new H2("Your enrolments"), enrolments,
                new H2("Enrol for an exam"),
                new Paragraph("You can enrol once you have two years in a customer-service role and a certificate "
                        + "for each required course (see My route)."), enrolRow,
                new H2("Syllabus"), new Paragraph("The exam tests your understanding of:"), syllabus);
        render();
    }

    private void render() {
        enrolments.removeAll();
        var mine = exams.myEnrolments();
        if (mine.isEmpty()) {
            enrolments.add(new Paragraph("You have not enrolled for an exam yet."));
        }
        mine.forEach(enrolment -> enrolments.add(card(enrolment)));
    }

    private Div card(EnrolmentDetails enrolment) {
        var badge = new Span(enrolment.status().label());
        badge.setId("enrolment-status-" + enrolment.id());
        badge.addClassNames("gh-badge", enrolment.status() == EnrolmentStatus.AWAITING_PAYMENT ? "gh-badge-no"
                : "gh-badge-yes");
        var card = new Div(new H2(enrolment.designationCode() + " exam"), badge,
                new Paragraph(enrolment.designationName() + (enrolment.reappliesCertificationId() == null ? ""
                        : " (re-examination)")));
        card.setId("enrolment-" + enrolment.id());
        card.addClassName("gh-card");
        if (enrolment.status() == EnrolmentStatus.AWAITING_PAYMENT) {
            payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject()).ifPresent(invoice ->
                    card.add(new Paragraph("Exam fee \u00a3" + invoice.amount() + ", invoice " + invoice.reference()
                            + ": " + invoice.status().label() + ". "), new Anchor("invoices", "Pay it under My invoices")));
        }
        for (BookingSummary booking : enrolment.bookings()) {
            card.add(new Paragraph(SITTING.format(booking.sitting().startsAt()) + ", " + booking.sitting().place()
                    + ": " + (booking.hasResult() ? (Boolean.TRUE.equals(booking.passed()) ? "passed" : "not passed")
                            + " with " + booking.score() + "% (pass mark " + booking.passMark() + "%)" : "booked")));
        }
        if (enrolment.mayBook()) {
            card.add(bookingForm(enrolment));
        }
        return card;
    }

    private HorizontalLayout bookingForm(EnrolmentDetails enrolment) {
        var sitting = new Select<SittingSummary>();
        sitting.setId("sitting-" + enrolment.id());
        sitting.setLabel("Sitting");
        var open = exams.bookableSittings();
        sitting.setItems(open);
        sitting.setItemLabelGenerator(choice -> choice == null ? "" : SITTING.format(choice.startsAt()) + " \u00b7 "
                + choice.place() + " \u00b7 " + choice.freeSeats() + " free");
        sitting.setHelperText(open.isEmpty() ? "No sitting has a free seat just now; the registrar schedules more."
                : null);
        sitting.setWidthFull();
        var book = new Button("Book this sitting");
        book.setId("book-" + enrolment.id());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(event -> {
            if (sitting.getValue() == null) {
                sitting.setInvalid(true);
                sitting.setErrorMessage("Choose a sitting.");
                return;
            }
            try {
                exams.book(enrolment.id(), sitting.getValue().id());
                Toast.success("Your seat is booked; we have emailed you the details.");
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
