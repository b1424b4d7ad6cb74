package org.guildhall.certification.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.StandingDetails;
import org.guildhall.certification.StandingReason;
import org.jspecify.annotations.Nullable;

/**
 * A certification's standing with the institute (issue 17; ISO/IEC 17024 bodies must be able to suspend and
 * withdraw): the registrar suspends it until a date or until lifted, lifts a suspension, or revokes it for good.
 * A suspension whose end date has come no longer applies, without anyone lifting it. A revocation is final and
 * outranks every other status; a suspension shows only while the cycle itself would be current.
 */
@Embeddable
public class Standing {

    private @Nullable LocalDate suspendedOn;

    private @Nullable LocalDate suspendedUntil;

    private @Nullable LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing_reason")
    private @Nullable StandingReason reason;

    @Column(name = "standing_explanation")
    private @Nullable String explanation;

    /** The status on {@code today}, given the status the cycle alone gives. */
    public CertificationStatus statusOn(LocalDate today, CertificationStatus byCycle) {
        if (revokedOn != null) {
            return CertificationStatus.REVOKED;
        }
        if (byCycle.isCurrent() && isSuspendedOn(today)) {
            return CertificationStatus.SUSPENDED;
        }
        return byCycle;
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    /** Suspended from its first day up to the day before its end date; "until lifted" has no end date. */
    public boolean isSuspendedOn(LocalDate today) {
        return revokedOn == null && suspendedOn != null && !today.isBefore(suspendedOn)
                && (suspendedUntil == null || today.isBefore(suspendedUntil));
    }

    /**
     * Suspends from {@code today} until {@code until} (the first day it stands again) or, when null, until lifted.
     * Only a current certification can be suspended; one already suspended is lifted first.
     */
    void suspend(LocalDate today, CertificationStatus byCycle, @Nullable LocalDate until, StandingReason why,
            String explanation) {
        refuseIfRevoked();
        String told = validated(explanation);
        if (isSuspendedOn(today)) {
            throw new CertificationRefusedException("This certification is already suspended; lift the suspension "
                    + "first to change it.");
        }
        if (!byCycle.isCurrent()) {
            throw new CertificationRefusedException("Only a current certification can be suspended; this one is "
                    + byCycle.label().toLowerCase() + ".");
        }
        if (until != null && !until.isAfter(today)) {
            throw new CertificationRefusedException("The suspension must end after today.");
        }
        this.suspendedOn = today;
        this.suspendedUntil = until;
        this.reason = why;
        this.explanation = told;
    }

    void lift(LocalDate today) {
        refuseIfRevoked();
        if (!isSuspendedOn(today)) {
            throw new CertificationRefusedException("This certification is not suspended.");
        }
        this.suspendedOn = null;
        this.suspendedUntil = null;
        this.reason = null;
        this.explanation = null;
    }

    void revoke(LocalDate today, StandingReason why, String explanation) {
        refuseIfRevoked();
        String told = validated(explanation);
        this.revokedOn = today;
        this.suspendedOn = null;
        this.suspendedUntil = null;
        this.reason = why;
        this.explanation = told;
    }

    private void refuseIfRevoked() {
        if (revokedOn != null) {
            throw new CertificationRefusedException("This certification was revoked on " + revokedOn
                    + "; a revocation is final.");
        }
    }

    private static String validated(String explanation) {
        String trimmed = explanation.strip();
        if (trimmed.isEmpty()) {
            throw new CertificationRefusedException("Give the reason the holder will read.");
        }
        if (trimmed.length() > StandingDetails.MAX_EXPLANATION_LENGTH) {
            throw new CertificationRefusedException("Keep the reason within " + StandingDetails.MAX_EXPLANATION_LENGTH
                    + " characters.");
        }
        return trimmed;
    }

    /** The suspension or revocation on record, if any. */
    public @Nullable StandingDetails details() {
        if (reason == null || explanation == null) {
            return null;
        }
        if (revokedOn != null) {
            return new StandingDetails(true, reason, explanation, revokedOn, null);
        }
        return suspendedOn == null ? null : new StandingDetails(false, reason, explanation, suspendedOn,
                suspendedUntil);
    }
}
