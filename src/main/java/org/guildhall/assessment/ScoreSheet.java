package org.guildhall.assessment;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One assessor's score of a portfolio: points per criterion (0 to 4), a comment per domain, a recommendation.
 *
 * @param version what a save must be based on; another save in between is refused
 */
public record ScoreSheet(long version, boolean submitted, Map<Long, Integer> points, Map<String, String> comments,
        @Nullable Recommendation recommendation, @Nullable Instant submittedAt) {

    public static final int MAX_COMMENT = 4000;

    /** What a refusal of an incomplete sheet names the part it concerns: a criterion, a comment, the recommendation. */
    public static final String RECOMMENDATION_FIELD = ScoreData.RECOMMENDATION;

    public static String criterionField(long criterionId) {
        return "criterion-" + criterionId;
    }

    public static String commentField(String domainCode) {
        return "comment-" + domainCode;
    }

    public ScoreSheet {
        points = Map.copyOf(points);
        comments = Map.copyOf(comments);
    }

    public static ScoreSheet blank() {
        return new ScoreSheet(-1, false, Map.of(), Map.of(), null, null);
    }

    /** The answers as the form holds them. */
    public ScoreData answers() {
        return new ScoreData(points, comments, recommendation);
    }

    /** The same sheet with new answers, for saving. */
    public ScoreSheet with(ScoreData answers) {
        return new ScoreSheet(version, submitted, answers.points(), answers.comments(), answers.recommendation(),
                submittedAt);
    }
}
