package org.guildhall.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the registrar enters to mark a portfolio as a benchmark: a title, the portfolio, the agreed score per domain. */
public record BenchmarkData(String title, @Nullable Long portfolioId, Map<String, BigDecimal> agreedScores) {

    public static final int MAX_TITLE = 200;

    public static final String TITLE = "title";
    public static final String PORTFOLIO = "portfolioId";
    public static final String AGREED = "agreedScores";

    public BenchmarkData {
        agreedScores = Map.copyOf(agreedScores);
    }

    /** The field a refusal of one domain's agreed score names. */
    public static String agreedField(String domainCode) {
        return "agreed-" + domainCode;
    }
}
