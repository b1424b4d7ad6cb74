package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingDetails;
import org.guildhall.certification.StandingReason;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
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
    void suspend(LocalDate today, CertificationStatus byCycle, @Nullable LocalDate until,
            @Nullable StandingReason why, String explanation) {
        refuseIfRevoked();
        if (isSuspendedOn(today)) {
            throw new CertificationRefusedException("certification.standing.already-suspended");
        }
        if (!byCycle.isCurrent()) {
            throw new CertificationRefusedException(Text.of("certification.standing.not-current",
                    Text.of(byCycle.labelKey())));
        }
        var problems = problems(why, explanation);
        if (until != null && !until.isAfter(today)) {
            problems.add(new FieldProblem(StandingData.UNTIL, "certification.standing.until-after-today"));
        }
        refuseIfAny(problems);
        this.suspendedOn = today;
        this.suspendedUntil = until;
        this.reason = why;
        this.explanation = explanation.strip();
    }

    void lift(LocalDate today) {
        refuseIfRevoked();
        if (!isSuspendedOn(today)) {
            throw new CertificationRefusedException("certification.standing.not-suspended");
        }
        this.suspendedOn = null;
        this.suspendedUntil = null;
        this.reason = null;
        this.explanation = null;
    }

    void revoke(LocalDate today, @Nullable StandingReason why, String explanation) {
        refuseIfRevoked();
        refuseIfAny(problems(why, explanation));
        this.revokedOn = today;
        this.suspendedOn = null;
        this.suspendedUntil = null;
        this.reason = why;
        this.explanation = explanation.strip();
    }

    /** An upheld appeal (issue 20) withdraws the revocation: the certification stands as its cycle gives. */
    void withdrawRevocation() {
        if (revokedOn == null) {
            throw new CertificationRefusedException("certification.standing.not-revoked");
        }
        this.revokedOn = null;
        this.reason = null;
        this.explanation = null;
    }

    private void refuseIfRevoked() {
        if (revokedOn != null) {
            throw new CertificationRefusedException(Text.of("certification.standing.revoked-final", revokedOn));
        }
    }

    /** Every problem with the category and the explanation, each on its field. */
    private static List<FieldProblem> problems(@Nullable StandingReason why, String explanation) {
        var problems = new ArrayList<FieldProblem>();
        if (why == null) {
            problems.add(new FieldProblem(StandingData.REASON, "certification.standing.reason-needed"));
        }
        String trimmed = explanation.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem(StandingData.EXPLANATION, "certification.standing.explanation-needed"));
        } else if (trimmed.length() > StandingDetails.MAX_EXPLANATION_LENGTH) {
            problems.add(new FieldProblem(StandingData.EXPLANATION, Text.of(
                    "certification.standing.explanation-too-long", StandingDetails.MAX_EXPLANATION_LENGTH)));
        }
        return problems;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
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
