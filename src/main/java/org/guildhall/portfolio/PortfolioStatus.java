package org.guildhall.portfolio;

import java.util.Locale;

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

    /** The key of {@link #description()} in the module's bundle, for the reader's language. */
    public String descriptionKey() {
        return "portfolio.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the candidate may change the current version. */
    public boolean isEditable() {
        return this == DRAFT || this == RESUBMISSION_REQUESTED;
    }
}
