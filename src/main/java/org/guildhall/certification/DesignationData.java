package org.guildhall.certification;

import java.math.BigDecimal;
import java.util.Set;

/** What an admin may change of a designation; the code, level and cycle length stay as seeded. */
public record DesignationEdit(String fullName, int cpdHoursPerCycle, Set<Route> routesOffered, BigDecimal examFee,
        BigDecimal renewalFee, boolean recertificationEssayRequired) {
}
