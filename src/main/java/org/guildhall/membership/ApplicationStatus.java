package org.guildhall.membership;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Where a membership application stands; the applicant sees this at all times. */
@NamedInterface("api")
public enum ApplicationStatus {
    DRAFT("Draft: not yet submitted"),
    AWAITING_SPONSORS("Waiting for two sponsors to accept"),
    SUBMITTED("With the registrar"),
    MORE_INFORMATION_REQUESTED("The registrar asked for more information"),
    APPROVED("Approved"),
    REJECTED("Not approved");

    private final String description;

    ApplicationStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the applicant may still change answers, category and documents. */
    public boolean isEditableByApplicant() {
        return this == DRAFT || this == MORE_INFORMATION_REQUESTED;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.application-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
