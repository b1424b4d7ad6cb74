package org.guildhall.payment;

import org.springframework.modulith.NamedInterface;

/** What a fee is for; with the subject (say, the enrolment's id) it names one invoice. */
@NamedInterface("api")
public enum PaymentPurpose {
    EXAM_ENROLMENT("Exam enrolment fee"), RENEWAL("Renewal fee"), EVENT_REGISTRATION("Event fee"),
    MEMBERSHIP_SUBSCRIPTION("Membership subscription");

    private final String label;

    PaymentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
