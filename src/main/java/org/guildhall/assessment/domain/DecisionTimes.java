package org.guildhall.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How long candidates waited from submitting a portfolio to the panel's decision, in whole days, summed up for a
 * month of decisions: the median (the middle wait, the mean of the two middle ones when the count is even) and the
 * 90th percentile by the nearest-rank method (the smallest wait at least 90% of the decisions did not exceed).
 */
public record DecisionTimes(int decisions, @Nullable BigDecimal medianDays, @Nullable Integer p90Days) {

    public static final DecisionTimes NONE = new DecisionTimes(0, null, null);

    public static DecisionTimes of(Collection<Integer> waitsInDays) {
        if (waitsInDays.isEmpty()) {
            return NONE;
        }
        List<Integer> sorted = waitsInDays.stream().sorted().toList();
        int count = sorted.size();
        BigDecimal median = count % 2 == 1 ? BigDecimal.valueOf(sorted.get(count / 2))
                : BigDecimal.valueOf(sorted.get(count / 2 - 1) + (long) sorted.get(count / 2))
                        .divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY).stripTrailingZeros();
        int rank = (int) Math.ceil(0.9 * count);
        return new DecisionTimes(count, median.setScale(Math.max(0, median.scale())), sorted.get(rank - 1));
    }
}
