package org.guildhall.certification;

import java.math.BigDecimal;
import java.util.Set;

/** What an admin may change of a designation; the code, level and cycle length stay as seeded. */
public record DesignationData(String fullName, int cpdHoursPerCycle, Set<Route> routesOffered, BigDecimal examFee,
        BigDecimal renewalFee, boolean recertificationEssayRequired) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String FULL_NAME = "fullName";
    public static final String CPD_HOURS_PER_CYCLE = "cpdHoursPerCycle";
    public static final String ROUTES_OFFERED = "routesOffered";
    public static final String EXAM_FEE = "examFee";
    public static final String RENEWAL_FEE = "renewalFee";
    public static final String RECERTIFICATION_ESSAY_REQUIRED = "recertificationEssayRequired";
}
