package org.guildhall.certification;

import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

/**
 * What happened to one designation's certifications in one calendar month: awarded, renewed (counted in the month
 * the renewed cycle begins), lapsed, suspended and revoked.
 */
@NamedInterface("api")
public record CertificationMonthSummary(YearMonth month, String designationCode, long awarded, long renewed,
        long lapsed, long suspended, long revoked) {
}
