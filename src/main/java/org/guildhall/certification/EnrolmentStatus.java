package org.guildhall.certification;

import java.util.Locale;

/** Where an exam enrolment stands, from the fee to the pass. */
public enum EnrolmentStatus {
    AWAITING_PAYMENT("Exam fee to pay"),
    /** The fee is paid and no sitting is booked: after enrolling, or after a failed attempt. */
    READY_TO_BOOK("Ready to book a sitting"),
    BOOKED("Sitting booked"),
    PASSED("Passed");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.enrolment-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
