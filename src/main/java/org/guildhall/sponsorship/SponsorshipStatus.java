package org.guildhall.sponsorship;

import java.util.Locale;

/** Where one sponsor request stands. */
public enum SponsorshipStatus {
    REQUESTED("Waiting for an answer"), ACCEPTED("Accepted"), DECLINED("Declined");

    private final String description;

    SponsorshipStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "sponsorship.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
