package org.guildhall.sponsorship;

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
}
