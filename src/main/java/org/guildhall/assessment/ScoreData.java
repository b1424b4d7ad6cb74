package org.guildhall.assessment;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An assessor's answers as the score form holds them: points per criterion, a comment per domain, a recommendation.
 * Anything may still be missing (a draft); submitting refuses each missing part on the part it concerns
 * ({@link ScoreSheet#criterionField}, {@link ScoreSheet#commentField}, {@link #RECOMMENDATION}).
 */
public record ScoreData(Map<Long, Integer> points, Map<String, String> comments,
        @Nullable Recommendation recommendation) {

    // The components' names, which the form binds its fields by.
    public static final String POINTS = "points";
    public static final String COMMENTS = "comments";
    public static final String RECOMMENDATION = "recommendation";

    public ScoreData {
        points = Map.copyOf(points);
        comments = Map.copyOf(comments);
    }
}
