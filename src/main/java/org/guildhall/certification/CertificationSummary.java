package org.guildhall.certification;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

import org.jspecify.annotations.Nullable;

/**
 * A certification as other modules and views see it, with its status on the day it was read.
 *
 * @param designationName the designation's full name when the current cycle began (catalogue edits never rewrite it)
 * @param cpdHoursRequired the CPD credits the current cycle requires, fixed when the cycle began
 * @param cycleNumber 1 for the cycle begun at the award, 2 after the first recertification, and so on
 * @param holderName the holder's name as issued on the credential, changed only by an approved name change
 * @param issuedOn the day of the latest issue: the award, or the latest reissue in a new name
 * @param issueNumber 1 as awarded, 2 after the first reissue, and so on
 * @param standing the suspension or revocation on record, if any (a suspension whose end has passed is kept)
 * @param cycleExpired whether the current cycle had expired on the day it was read, whatever the status says (a
 *        revoked certification's cycle still expires, after which seed 001's Re-apply opens)
 */
@NamedInterface("api")
public record CertificationSummary(long id, long holderAccountId, String designationCode, String designationName,
        Route route, LocalDate awardedOn, CertificationCycle cycle, int cycleNumber, int cpdHoursRequired,
        CertificationStatus status, String verificationCode, String holderName, LocalDate issuedOn, int issueNumber,
        @Nullable StandingDetails standing, boolean cycleExpired) {

    /** Whether the credential was issued again since the award (in a new name), which the public page says. */
    public boolean reissued() {
        return issueNumber > 1;
    }
}
