package org.guildhall.assessment.domain;

import java.util.List;

import org.guildhall.assessment.Moderation;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ScoreSheet;

/**
 * Issue 5's moderation: each assessor's mean per domain side by side, the spread (highest minus lowest mean) per
 * domain, and a disagreement flagged where the spread reaches the threshold (2 by default, a setting).
 */
public final class ModerationPolicy {

    private ModerationPolicy() {
    }

    public static Moderation moderate(Rubric rubric, List<String> assessorNames, List<ScoreSheet> sheets,
            int threshold) {
        var rows = rubric.domains().stream().map(domain -> {
            List<Double> means = sheets.stream().map(sheet -> mean(domain, sheet)).toList();
            double spread = means.isEmpty() ? 0
                    : means.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                            - means.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            spread = Math.round(spread * 100) / 100.0;
            return new Moderation.DomainRow(domain.text(), means, spread, spread >= threshold);
        }).toList();
        List<Recommendation> recommendations = sheets.stream().map(ScoreSheet::recommendation).toList();
        return new Moderation(assessorNames, rows, recommendations, threshold);
    }

    static double mean(Rubric.Domain domain, ScoreSheet sheet) {
        double mean = domain.criteria().stream().mapToInt(c -> sheet.points().getOrDefault(c.id(), 0))
                .average().orElse(0);
        return Math.round(mean * 100) / 100.0;
    }
}
