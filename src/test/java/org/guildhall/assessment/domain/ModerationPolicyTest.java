package org.guildhall.assessment.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.assessment.Moderation;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ScoreSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the chair sees each domain's spread, and a spread of 2 or more is flagged as a disagreement. */
class ModerationPolicyTest {

    private static final Rubric RUBRIC = new Rubric(List.of(
            new Rubric.Domain("LEADERSHIP", "Leadership", List.of(new Rubric.Criterion(1, "a"),
                    new Rubric.Criterion(2, "b"))),
            new Rubric.Domain("PEOPLE", "People", List.of(new Rubric.Criterion(3, "c"),
                    new Rubric.Criterion(4, "d")))));

    @Test
    void the_spread_is_the_highest_domain_mean_minus_the_lowest_and_two_or_more_is_flagged() {
        var moderation = ModerationPolicy.moderate(RUBRIC, List.of("A", "B", "C"), List.of(
                sheet(4, 4, 3, 3, Recommendation.AWARD),
                sheet(3, 3, 3, 2, Recommendation.AWARD),
                sheet(2, 1, 2, 3, Recommendation.INTERVIEW)), 2);

        var leadership = moderation.domains().get(0);
        assertThat(leadership.means()).containsExactly(4.0, 3.0, 1.5);
        assertThat(leadership.spread()).isEqualTo(2.5);
        assertThat(leadership.flagged()).isTrue();

        var people = moderation.domains().get(1);
        assertThat(people.means()).containsExactly(3.0, 2.5, 2.5);
        assertThat(people.spread()).isEqualTo(0.5);
        assertThat(people.flagged()).isFalse();
        assertThat(moderation.recommendations()).containsExactly(Recommendation.AWARD, Recommendation.AWARD,
                Recommendation.INTERVIEW);
    }

    @Test
    void a_spread_just_below_the_threshold_is_not_flagged_and_exactly_the_threshold_is() {
        var below = ModerationPolicy.moderate(RUBRIC, List.of("A", "B"),
                List.of(sheet(4, 3, 2, 2, Recommendation.AWARD), sheet(2, 2, 2, 2, Recommendation.AWARD)), 2);
        assertThat(below.domains().get(0).spread()).isEqualTo(1.5);
        assertThat(below.anyFlagged()).isFalse();

        var exactly = ModerationPolicy.moderate(RUBRIC, List.of("A", "B"),
                List.of(sheet(4, 4, 2, 2, Recommendation.AWARD), sheet(2, 2, 2, 2, Recommendation.AWARD)), 2);
        assertThat(exactly.domains().get(0).flagged()).isTrue();
    }

    @Test
    void the_threshold_is_a_setting() {
        Moderation strict = ModerationPolicy.moderate(RUBRIC, List.of("A", "B"),
                List.of(sheet(3, 3, 2, 2, Recommendation.AWARD), sheet(2, 2, 2, 2, Recommendation.AWARD)), 1);
        assertThat(strict.domains().get(0).flagged()).isTrue();
    }

    private static ScoreSheet sheet(int c1, int c2, int c3, int c4, Recommendation recommendation) {
        Map<Long, Integer> points = new HashMap<>(Map.of(1L, c1, 2L, c2, 3L, c3, 4L, c4));
        return new ScoreSheet(0, true, points, Map.of("LEADERSHIP", "x", "PEOPLE", "y"), recommendation, null);
    }
}
