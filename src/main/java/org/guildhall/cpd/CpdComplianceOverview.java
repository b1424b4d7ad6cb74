package org.guildhall.cpd;

import java.time.YearMonth;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The CPD figures of the operations dashboard.
 *
 * @param current certifications that are current today
 * @param atRisk of those, the ones whose forecast falls short
 * @param expiries each coming month, from this one, with how many expire in it and how many of those are at risk
 */
@NamedInterface("api")
public record CpdComplianceOverview(long current, long atRisk, List<ExpiryMonth> expiries) {

    @NamedInterface("api")
    public record ExpiryMonth(YearMonth month, long expiring, long atRisk) {
    }
}
