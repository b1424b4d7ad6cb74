package org.guildhall.assessment;

import java.util.Map;

/** An assessor's blind score of a benchmark: a whole 0 to 4 per competency domain, keyed by domain code. */
public record BenchmarkScoreData(Map<String, Integer> scores) {

    public static final String SCORES = "scores";

    public BenchmarkScoreData {
        scores = Map.copyOf(scores);
    }

    /** The field a refusal of one domain's score names. */
    public static String scoreField(String domainCode) {
        return "benchmark-score-" + domainCode;
    }
}
