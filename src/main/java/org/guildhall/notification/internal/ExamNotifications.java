package org.guildhall.notification.internal;


import org.guildhall.certification.ExamEvents.CandidateEnrolled;
import org.guildhall.certification.ExamEvents.ExamResultEntered;
import org.guildhall.certification.ExamEvents.SittingBooked;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What exam candidates are told: at enrolment (with the fee to pay), at booking, and when the result is in. */
@Component
class ExamNotifications {

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
                Text.of("notification.exam.enrolled.subject", enrolled.designationCode()),
                Text.of("notification.exam.enrolled.text", enrolled.designationName(), enrolled.designationCode(),
                        enrolled.invoiceReference()),
                "invoices");
    }

    static Notice booked(SittingBooked booked, Recipient candidate) {
        return new Notice("SittingBooked:" + booked.bookingId(), candidate,
                Text.of("notification.exam.booked.subject", booked.designationCode(), booked.startsAt()),
                Text.of("notification.exam.booked.text", booked.designationCode(), booked.startsAt(),
                        booked.place()),
                "certification/exams");
    }

    static Notice result(ExamResultEntered result, Recipient candidate) {
        Text text = result.passed()
                ? Text.of("notification.exam.passed.text", result.designationName(), result.score(),
                        result.passMark(), result.designationCode())
                : Text.of("notification.exam.failed.text", result.score(), result.designationName(),
                        result.passMark());
        return new Notice("ExamResultEntered:" + result.bookingId(), candidate,
                Text.of("notification.exam.result.subject", result.designationCode()), text,
                result.passed() ? "certification/mine" : "certification/exams");
    }
}
