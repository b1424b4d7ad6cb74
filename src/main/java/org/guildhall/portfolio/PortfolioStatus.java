package org.guildhall.portfolio;

import org.springframework.modulith.NamedInterface;

/** Where a portfolio stands, as the candidate reads it. */
@NamedInterface("api")
public enum PortfolioStatus {
    DRAFT("Being prepared"), SUBMITTED("Submitted for assessment"),
    RESUBMISSION_REQUESTED("Reopened for resubmission"), AWARDED("Awarded"), DECLINED("Declined");

    private final String description;

    PortfolioStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the candidate may change the current version. */
    public boolean isEditable() {
        return this == DRAFT || this == RESUBMISSION_REQUESTED;
    }
}
