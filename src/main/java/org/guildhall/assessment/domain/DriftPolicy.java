package org.guildhall.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildhall.assessment.DomainDrift;

/**
 * How far an assessor's blind benchmark scores lie from the agreed ones, per competency domain (issue 20): the
 * mean signed difference (positive: more lenient than agreed) and the mean absolute difference (how far off,
 * whichever way). No z-scores: panels are small and decide pass or fail, so what matters is the distance in
 * rubric points from the agreed score, not from the other assessors. An assessor is flagged when the mean
 * absolute difference in any domain exceeds the threshold.
 */
public final class DriftPolicy {

    /** One domain of one benchmark: the score agreed and the score the assessor gave. */
    public record Pair(String domainCode, double agreed, int given) {
    }

    private DriftPolicy() {
    }

    /**
     * The drift per domain, in the order given; a domain the assessor has not scored yet has no row.
     *
     * @param thresholdPoints the mean absolute difference (in rubric points) above which a domain is out of line
     */
    public static List<DomainDrift> drift(List<String> domainOrder, List<Pair> pairs, double thresholdPoints) {
        var drifts = new ArrayList<DomainDrift>();
        for (String domain : domainOrder) {
            var mine = pairs.stream().filter(pair -> pair.domainCode().equals(domain)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            double signed = mine.stream().mapToDouble(pair -> pair.given() - pair.agreed()).average().orElse(0);
            double absolute = mine.stream().mapToDouble(pair -> Math.abs(pair.given() - pair.agreed())).average()
                    .orElse(0);
            drifts.add(new DomainDrift(domain, mine.size(), round(signed), round(absolute),
                    round(absolute) > thresholdPoints));
        }
        return drifts;
    }

    /** Whether any domain's drift is beyond the threshold. */
    public static boolean flagged(List<DomainDrift> drifts) {
        return drifts.stream().anyMatch(DomainDrift::beyondThreshold);
    }

    /** The threshold in rubric points for a percentage of the rubric's range (25% of 0 to 4 is 1 point). */
    public static double thresholdPoints(int percentOfRange, int minPoints, int maxPoints) {
        return (maxPoints - minPoints) * percentOfRange / 100.0;
    }

    /** The pairs of one benchmark score: the agreed score and the given one per domain both hold. */
    public static List<Pair> pairs(Map<String, ? extends Number> agreed, Map<String, Integer> given) {
        return given.entrySet().stream().filter(entry -> agreed.containsKey(entry.getKey()))
                .map(entry -> new Pair(entry.getKey(), agreed.get(entry.getKey()).doubleValue(), entry.getValue()))
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
