package org.guildhall.certification;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A designation as the catalogue lists it.
 *
 * @param examFee the exam enrolment fee, the same for first-time examinees and those who re-apply (seed 001)
 * @param renewalFee the non-refundable fee for each recertification (seed 001)
 * @param recertificationEssayRequired whether renewal also needs an accepted essay on applying what was learned
 */
public record DesignationSummary(String code, String fullName, DesignationLevel level, int cpdHoursPerCycle,
        int cycleYears, Set<Route> routesOffered, BigDecimal examFee, BigDecimal renewalFee,
        boolean recertificationEssayRequired) {
}
