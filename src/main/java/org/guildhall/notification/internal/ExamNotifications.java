package org.guildhall.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.guildhall.certification.ExamEvents.CandidateEnrolled;
import org.guildhall.certification.ExamEvents.ExamResultEntered;
import org.guildhall.certification.ExamEvents.SittingBooked;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What exam candidates are told: at enrolment (with the fee to pay), at booking, and when the result is in. */
@Component
class ExamNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    private final Notifier notifier;

    ExamNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CandidateEnrolled enrolled) {
        notifier.post(enrolled(enrolled, notifier.recipient(enrolled.candidateAccountId())));
    }

    @ApplicationModuleListener
    void on(SittingBooked booked) {
        notifier.post(booked(booked, notifier.recipient(booked.candidateAccountId())));
    }

    @ApplicationModuleListener
    void on(ExamResultEntered result) {
        notifier.post(result(result, notifier.recipient(result.candidateAccountId())));
    }

    static Notice enrolled(CandidateEnrolled enrolled, Recipient candidate) {
        return new Notice("CandidateEnrolled:" + enrolled.enrolmentId(), candidate,
                "You are enrolled for the " + enrolled.designationCode() + " exam",
                "You are enrolled for the " + enrolled.designationName() + " (" + enrolled.designationCode()
                        + ") exam. Please pay the exam fee by bank transfer quoting the reference "
                        + enrolled.invoiceReference() + ", then tell us your payment's reference under My invoices. "
                        + "Once the registrar confirms it, you can book a sitting.",
                "invoices");
    }

    static Notice booked(SittingBooked booked, Recipient candidate) {
        return new Notice("SittingBooked:" + booked.bookingId(), candidate,
                "Your " + booked.designationCode() + " exam: " + WHEN.format(booked.startsAt()),
                "Your seat is booked for the " + booked.designationCode() + " exam on "
                        + WHEN.format(booked.startsAt()) + ". Where: " + booked.place() + ". Please arrive (or sign "
                        + "in) fifteen minutes early with photo identification.",
                "certification/exams");
    }

    static Notice result(ExamResultEntered result, Recipient candidate) {
        String text = result.passed()
                ? "Congratulations: you passed the " + result.designationName() + " exam with " + result.score()
                        + "% (pass mark " + result.passMark() + "%). You are now " + result.designationCode()
                        + " certified; download your certificate from My certifications."
                : "You scored " + result.score() + "% in the " + result.designationName() + " exam; the pass mark "
                        + "is " + result.passMark() + "%. You can book another sitting under My exams.";
        return new Notice("ExamResultEntered:" + result.bookingId(), candidate,
                "Your " + result.designationCode() + " exam result", text,
                result.passed() ? "certification/mine" : "certification/exams");
    }
}
