package org.guildhall.payment;

import java.util.Locale;

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

    /** English, for logs and the modules not yet translated. */
    public String label() {
        return label;
    }

    /** The key of this purpose in the payment bundle, for the reader's language. */
    public String key() {
        return "payment.purpose." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
