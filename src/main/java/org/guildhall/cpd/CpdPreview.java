package org.guildhall.cpd;

import java.math.BigDecimal;

import org.guildhall.certification.CertificationSummary;

/**
 * What an activity being logged would add to one certification whose cycle contains its date, once approved: the
 * credits it is worth, what its category's cap lets count, and the bars as they would then stand.
 *
 * @param claimed the credits the activity is worth on its own
 * @param added what it would add to the counted total (less than {@code claimed} when the cap bites)
 * @param categoryCountedAfter the category's counted credits once it is approved, against {@code categoryCap}
 */
public record CpdPreview(CertificationSummary certification, CpdCategory category, BigDecimal claimed,
        BigDecimal added, BigDecimal countedBefore, BigDecimal countedAfter, BigDecimal required,
        BigDecimal categoryCountedBefore, BigDecimal categoryCountedAfter, BigDecimal categoryCap) {

    public BigDecimal overCap() {
        return claimed.subtract(added).max(BigDecimal.ZERO);
    }

    /** Share of the requirement met once approved, 0 to 1, for the preview bar. */
    public double fractionAfter() {
        return required.signum() == 0 ? 1 : Math.min(1, countedAfter.doubleValue() / required.doubleValue());
    }

    /** Share of the category's cap used once approved, 0 to 1. */
    public double categoryFractionAfter() {
        return categoryCap.signum() == 0 ? 0 : Math.min(1, categoryCountedAfter.doubleValue()
                / categoryCap.doubleValue());
    }
}
