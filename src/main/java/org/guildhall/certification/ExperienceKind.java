package org.guildhall.certification;

import java.util.Locale;

/**
 * What a period of work counts towards (seed 003): management of customer service or CRM counts for both routes; a
 * customer-service role counts for the exam route only.
 */
public enum ExperienceKind {
    MANAGEMENT_OR_CRM("Customer service management or CRM"),
    CUSTOMER_SERVICE_ROLE("Customer service role");

    private final String label;

    ExperienceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.experience-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean countsFor(Route route) {
        return route == Route.EXAM || this == MANAGEMENT_OR_CRM;
    }
}
