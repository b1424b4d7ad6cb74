package org.guildhall.certification;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A certification as other modules and views see it, with its status on the day it was read.
 *
 * @param designationName the designation's full name when the current cycle began (catalogue edits never rewrite it)
 * @param cpdHoursRequired the CPD credits the current cycle requires, fixed when the cycle began
 * @param cycleNumber 1 for the cycle begun at the award, 2 after the first recertification, and so on
 */
@NamedInterface("api")
public record CertificationSummary(long id, long holderAccountId, String designationCode, String designationName,
        Route route, LocalDate awardedOn, CertificationCycle cycle, int cycleNumber, int cpdHoursRequired,
        CertificationStatus status, String verificationCode) {
}
