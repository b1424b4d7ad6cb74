package org.guildhall.certification;

import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

/**
 * What happened to one designation's certifications in one calendar month: awarded, renewed, lapsed, suspended and
 * revoked.
 */
@NamedInterface("api")
public record CertificationMonthSummary(YearMonth month, String designationCode, long awarded, long renewed,
        long lapsed, long suspended, long revoked) {
}
