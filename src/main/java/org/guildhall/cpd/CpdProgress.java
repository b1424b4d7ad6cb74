package org.guildhall.cpd;

import java.math.BigDecimal;
import java.util.List;

import org.guildhall.certification.CertificationSummary;

/**
 * One certification's CPD picture for its holder: counted credits against the requirement, each category against
 * its cap, the pace forecast, and what is still waiting.
 *
 * @param projected counted credits at expiry if the member keeps their pace so far
 * @param neededPerMonth credits per month needed from today to meet the requirement by expiry
 */
public record CpdProgress(CertificationSummary certification, List<CategoryProgress> categories,
        BigDecimal counted, BigDecimal required, boolean met, BigDecimal pacePerMonth, BigDecimal projected,
        boolean onTrack, BigDecimal neededPerMonth, long daysToExpiry, List<CpdActivityDetails> pending) {

    /** Share of the requirement met, 0 to 1, for the progress bar. */
    public double fraction() {
        return required.signum() == 0 ? 1 : Math.min(1, counted.doubleValue() / required.doubleValue());
    }

    /**
     * @param claimed approved credits in the cycle before the cap
     * @param counted what counts after the cap
     */
    public record CategoryProgress(CpdCategory category, BigDecimal claimed, BigDecimal cap, BigDecimal counted,
            boolean capApplied) {

        public double fraction() {
            return cap.signum() == 0 ? 0 : Math.min(1, counted.doubleValue() / cap.doubleValue());
        }
    }
}
