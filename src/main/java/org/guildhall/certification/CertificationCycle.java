package org.guildhall.certification;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One certification cycle and the date rules of seed 001. A cycle begins on the day the exam is passed (or the
 * panel awards) and runs for the designation's cycle length; the next cycle begins on the previous expiry date.
 * The certification is valid up to the day before {@code expiresOn}; on {@code expiresOn} itself it has expired.
 * The renewal window opens six weeks before expiry.
 *
 * @param startsOn first day of the cycle
 * @param expiresOn first day the certification is no longer valid unless renewed
 */
@NamedInterface("api")
public record CertificationCycle(LocalDate startsOn, LocalDate expiresOn) {

    /** Seed 001: "Within six weeks of your certification expiration date ... pay the renewal fee". */
    public static final Period RENEWAL_WINDOW = Period.ofWeeks(6);

    public CertificationCycle {
        if (!expiresOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("A cycle must end after it starts: " + startsOn + " to " + expiresOn);
        }
    }

    /**
     * The cycle that begins on {@code startsOn} and lasts {@code years}. A cycle begun on 29 February ends on
     * 1 March when the expiry year has no 29 February, so a leap-day candidate never loses a day.
     */
    public static CertificationCycle starting(LocalDate startsOn, int years) {
        LocalDate expiry = startsOn.plusYears(years);
        boolean leapDayClamped = startsOn.getMonth() == Month.FEBRUARY && startsOn.getDayOfMonth() == 29
                && expiry.getDayOfMonth() == 28;
        return new CertificationCycle(startsOn, leapDayClamped ? expiry.plusDays(1) : expiry);
    }

    /** The cycle a recertification starts: from this cycle's expiry, for the same length. */
    public CertificationCycle following(int years) {
        return starting(expiresOn, years);
    }

    /** The last day the certification is valid in this cycle ("valid until"). */
    public LocalDate lastValidDay() {
        return expiresOn.minusDays(1);
    }

    public LocalDate renewalOpensOn() {
        return expiresOn.minus(RENEWAL_WINDOW);
    }

    /** Whether {@code date} falls within the cycle, both its first and its last valid day included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && date.isBefore(expiresOn);
    }

    public boolean isRenewalWindowOpen(LocalDate today) {
        return contains(today) && !today.isBefore(renewalOpensOn());
    }

    public boolean hasExpired(LocalDate today) {
        return !today.isBefore(expiresOn);
    }

    /** The status on {@code today}; {@code lapsedOn} is set once the lapse job has recorded the lapse. */
    public CertificationStatus statusOn(LocalDate today, @Nullable LocalDate lapsedOn) {
        if (lapsedOn != null) {
            return CertificationStatus.LAPSED;
        }
        if (hasExpired(today)) {
            return CertificationStatus.EXPIRED;
        }
        return isRenewalWindowOpen(today) ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE;
    }
}
