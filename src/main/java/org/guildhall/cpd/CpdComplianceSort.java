package org.guildhall.cpd;

import java.util.Comparator;

import org.springframework.modulith.NamedInterface;

/** The orders the CPD compliance report offers; at risk first is the registrar's default. */
@NamedInterface("api")
public enum CpdComplianceSort {
    AT_RISK_FIRST(Comparator.comparing(CpdComplianceSummary::atRisk).reversed()
            .thenComparingLong(CpdComplianceSummary::daysToExpiry)),
    EXPIRY_SOONEST(Comparator.comparingLong(CpdComplianceSummary::daysToExpiry)),
    LARGEST_SHORTFALL(Comparator.comparing(CpdComplianceSummary::shortfall).reversed()
            .thenComparingLong(CpdComplianceSummary::daysToExpiry)),
    HOLDER_NAME(Comparator.comparing(CpdComplianceSummary::holderName, String.CASE_INSENSITIVE_ORDER));

    private final Comparator<CpdComplianceSummary> order;

    CpdComplianceSort(Comparator<CpdComplianceSummary> order) {
        // The certification id last, so equal rows keep one order from page to page.
        this.order = order.thenComparingLong(CpdComplianceSummary::certificationId);
    }

    public Comparator<CpdComplianceSummary> order() {
        return order;
    }
}
