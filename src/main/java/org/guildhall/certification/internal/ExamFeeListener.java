package org.guildhall.certification.internal;

import org.guildhall.certification.ExamService;
import org.guildhall.payment.PaymentEvents.InvoicePaid;
import org.guildhall.payment.PaymentPurpose;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A confirmed exam-fee payment lets the candidate book a sitting. */
@Component
class ExamFeeListener {

    private final ExamService exams;

    ExamFeeListener(ExamService exams) {
        this.exams = exams;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        if (paid.purpose() == PaymentPurpose.EXAM_ENROLMENT) {
            exams.examFeePaid(paid.subject());
        }
    }
}
