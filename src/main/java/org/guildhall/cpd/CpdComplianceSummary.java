package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One current certification in the CPD compliance report: counted credits against the requirement, the holder's
 * pace and forecast as My CPD shows them (the same {@code CpdLedger} rules).
 *
 * @param shortfall credits still needed, zero once the requirement is met
 * @param validUntil the last day the certification is valid in this cycle
 * @param atRisk the forecast at the holder's pace falls short of the requirement by expiry
 */
@NamedInterface("api")
public record CpdComplianceSummary(long certificationId, long holderAccountId, String holderName,
        @Nullable String memberNumber, String email, String designationCode, BigDecimal counted,
        BigDecimal required, BigDecimal shortfall, LocalDate validUntil, long daysToExpiry, BigDecimal pacePerMonth,
        BigDecimal projected, BigDecimal neededPerMonth, boolean atRisk) {
}
