package org.guildhall.certification;

/** A designation as the catalogue lists it. */
public record DesignationSummary(String code, String fullName, DesignationLevel level, int cpdHoursPerCycle,
        int cycleYears) {
}
