package org.guildhall.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the public verification and credential pages may show of a certification, and nothing more: the name as
 * issued, the designation, the status on the day of the check with its dates, and for a suspension or revocation
 * the public reason category (never the registrar's explanation).
 *
 * @param reissuedOn the day of the latest reissue, null when never reissued
 * @param reason why it is suspended or revoked, null otherwise
 * @param statusSince the day the suspension or revocation began, null otherwise
 * @param suspendedUntil the first day the suspension no longer applies, null when until lifted or not suspended
 */
public record PublicVerification(String verificationCode, String holderName, String designationCode,
        String designationName, CertificationStatus status, LocalDate awardedOn, LocalDate validFrom,
        LocalDate validUntil, @Nullable LocalDate reissuedOn, @Nullable StandingReason reason,
        @Nullable LocalDate statusSince, @Nullable LocalDate suspendedUntil) {

    static PublicVerification of(CertificationSummary found) {
        var standing = found.status() == CertificationStatus.SUSPENDED || found.status() == CertificationStatus.REVOKED
                ? found.standing() : null;
        return new PublicVerification(found.verificationCode(), found.holderName(), found.designationCode(),
                found.designationName(), found.status(), found.awardedOn(), found.cycle().startsOn(),
                found.cycle().lastValidDay(), found.reissued() ? found.issuedOn() : null,
                standing == null ? null : standing.reason(), standing == null ? null : standing.since(),
                standing == null ? null : standing.until());
    }

    /** Whether the designation may be relied on today. */
    public boolean standsToday() {
        return status.isCurrent();
    }
}
