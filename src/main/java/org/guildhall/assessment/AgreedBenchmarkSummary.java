package org.guildhall.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A benchmark as the registrar's list shows it: the portfolio it is made of, the score agreed per domain, and how
 * many assessors have scored it in the current calibration period.
 */
public record AgreedBenchmarkSummary(long id, String title, long portfolioId, String candidateName,
        String designationCode, Map<String, BigDecimal> agreedScores, int assessorsThisPeriod) {

    public AgreedBenchmarkSummary {
        agreedScores = Map.copyOf(agreedScores);
    }
}
