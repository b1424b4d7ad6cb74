package org.guildhall.certification;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A designation as the catalogue lists it.
 *
 * @param examFee the exam enrolment fee, the same for first-time examinees and those who re-apply (seed 001)
 * @param renewalFee the non-refundable fee for each recertification (seed 001)
 * @param recertificationEssayRequired whether renewal also needs an accepted essay on applying what was learned
 * @param experienceRouteYears years of management or CRM experience the experience route asks for (seed 003: 5)
 * @param examRouteYears years in a customer-service role the exam route asks for (seed 003: 2)
 * @param examPassMark the percentage a candidate must score, offered to the registrar when entering results
 */
@NamedInterface("api")
public record DesignationSummary(String code, String fullName, DesignationLevel level, int cpdHoursPerCycle,
        int cycleYears, Set<Route> routesOffered, BigDecimal examFee, BigDecimal renewalFee,
        boolean recertificationEssayRequired, int experienceRouteYears, int examRouteYears, int examPassMark) {

    public DesignationData toData() {
        return new DesignationData(fullName, cpdHoursPerCycle, routesOffered, examFee, renewalFee,
                recertificationEssayRequired);
    }
}
