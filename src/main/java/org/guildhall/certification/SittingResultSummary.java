package org.guildhall.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One exam sitting's results: the candidates booked on it, those whose result has been entered, and those who
 * passed.
 */
@NamedInterface("api")
public record SittingResultSummary(SittingSummary sitting, long booked, long resulted, long passed) {

    /** Passed as a percentage of the results entered, to one decimal; null before any result is entered. */
    public @Nullable BigDecimal passRate() {
        if (resulted == 0) {
            return null;
        }
        return BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(resulted), 1, RoundingMode.HALF_UP);
    }
}
