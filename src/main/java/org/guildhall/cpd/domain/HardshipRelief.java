package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.cpd.HardshipDecisionData;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * The rules of relief for a member in hardship (issue 19, after PMI, CIPD and CPA Ireland): an extension moves the
 * cycle's end by at most the institute's limit; a pause lowers the requirement pro rata for the whole months paused,
 * by at most its limit. Seed 001 asks for credits within the cycle, so neither carries credits into another cycle.
 */
public final class HardshipRelief {

    private HardshipRelief() {
    }

    /** The cycle's length in whole months (36 for seed 001's three years), which a pause is a share of. */
    public static int cycleMonths(CertificationCycle cycle) {
        return (int) ChronoUnit.MONTHS.between(cycle.startsOn(), cycle.expiresOn());
    }

    /** The whole calendar months between two days, both included (1 March to 31 May is 3; to 30 May, 2). */
    public static int wholeMonths(LocalDate startsOn, LocalDate endsOn) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(startsOn, endsOn.plusDays(1)));
    }

    /**
     * The requirement after a pause: {@code required × (cycleMonths − pausedMonths) / cycleMonths}, rounded up to a
     * whole credit (seed 001 measures credits in one-hour blocks, and rounding up never relieves more than the
     * months paused). 36 credits over 36 months: 35 for one month paused, 25 for eleven, 24 for twelve.
     */
    public static int reducedRequirement(int required, int cycleMonths, int pausedMonths) {
        if (pausedMonths < 0 || pausedMonths >= cycleMonths) {
            throw new IllegalArgumentException("A pause of " + pausedMonths + " months in a " + cycleMonths
                    + "-month cycle");
        }
        return BigDecimal.valueOf(required).multiply(BigDecimal.valueOf(cycleMonths - pausedMonths))
                .divide(BigDecimal.valueOf(cycleMonths), 0, RoundingMode.CEILING).intValueExact();
    }

    /** The last valid day an extension may reach: the current expiry moved by the limit, less the day of expiry. */
    public static LocalDate latestValidUntil(CertificationCycle cycle, int maxMonths) {
        return cycle.expiresOn().plusMonths(maxMonths).minusDays(1);
    }

    /**
     * Why {@code validUntil} cannot be the cycle's new last valid day, on the decision's field, or empty when it
     * can: it must be later than now and at most {@code maxMonths} after the current expiry.
     */
    public static Optional<FieldProblem> extensionProblem(CertificationCycle cycle, @Nullable LocalDate validUntil,
            int maxMonths) {
        if (validUntil == null) {
            return problem(HardshipDecisionData.VALID_UNTIL, Text.of("cpd.hardship.decision.valid-until-needed"));
        }
        if (!validUntil.isAfter(cycle.lastValidDay())) {
            return problem(HardshipDecisionData.VALID_UNTIL,
                    Text.of("cpd.hardship.decision.valid-until-later", cycle.lastValidDay()));
        }
        if (validUntil.isAfter(latestValidUntil(cycle, maxMonths))) {
            return problem(HardshipDecisionData.VALID_UNTIL, Text.of("cpd.hardship.decision.valid-until-limit",
                    maxMonths, latestValidUntil(cycle, maxMonths)));
        }
        return Optional.empty();
    }

    /** The longest pause allowed: the limit, and always less than the whole cycle. */
    public static int longestPause(CertificationCycle cycle, int maxMonths) {
        return Math.min(maxMonths, cycleMonths(cycle) - 1);
    }

    /** Why a pause of {@code months} cannot be granted, on the decision's field, or empty when it can. */
    public static Optional<FieldProblem> pauseProblem(CertificationCycle cycle, @Nullable Integer months,
            int maxMonths) {
        if (months == null || months < 1) {
            return problem(HardshipDecisionData.PAUSED_MONTHS, Text.of("cpd.hardship.decision.months-needed"));
        }
        if (months > longestPause(cycle, maxMonths)) {
            return problem(HardshipDecisionData.PAUSED_MONTHS,
                    Text.of("cpd.hardship.decision.months-limit", longestPause(cycle, maxMonths)));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> problem(String field, Text text) {
        return Optional.of(new FieldProblem(field, text));
    }
}
