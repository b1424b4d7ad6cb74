package org.guildhall.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.appeals.AppealPanelChoice;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 and ISO/IEC 17024 9.8: an appeal is heard by persons not involved in the decision appealed, and the
 * panel's conflict rules apply as to any panel; no reason overrides an exclusion on an appeal panel.
 */
class AppealPanelPolicyTest {

    private static final long APPELLANT = 1;
    private static final long DECIDER = 2;
    private static final long CONFLICTED = 3;
    private static final long FREE = 4;
    private static final long DECIDER_AND_CONFLICTED = 5;
    private static final Text SAME_EMPLOYER = Text.of("Same employer: Harbour Energy");

    private final Map<Long, List<Text>> exclusions = AppealPanelPolicy.exclusions(
            List.of(APPELLANT, DECIDER, CONFLICTED, FREE, DECIDER_AND_CONFLICTED), APPELLANT,
            Set.of(DECIDER, DECIDER_AND_CONFLICTED),
            assessor -> assessor == CONFLICTED || assessor == DECIDER_AND_CONFLICTED ? List.of(SAME_EMPLOYER) : List.of());

    @Test
    void everyone_who_took_the_original_decision_is_excluded() {
        assertThat(exclusions.get(DECIDER)).extracting(Text::english)
                .containsExactly("took part in the decision appealed");
    }

    @Test
    void everyone_with_a_conflict_under_the_panel_rules_is_excluded_with_its_reason() {
        assertThat(exclusions.get(CONFLICTED)).containsExactly(SAME_EMPLOYER);
    }

    @Test
    void every_reason_is_given_when_there_are_several() {
        assertThat(exclusions.get(DECIDER_AND_CONFLICTED)).extracting(Text::english)
                .containsExactly("took part in the decision appealed", "Same employer: Harbour Energy");
    }

    @Test
    void the_appellant_never_hears_their_own_appeal() {
        assertThat(exclusions.get(APPELLANT)).extracting(Text::english).containsExactly("the appellant");
    }

    @Test
    void an_assessor_without_involvement_or_conflict_may_sit() {
        assertThat(exclusions).doesNotContainKey(FREE);
    }

    @Test
    void an_excluded_assessor_chosen_is_refused_by_name_and_the_chair_comes_from_the_panel() {
        var problems = AppealPanelPolicy.problems(new AppealPanelChoice(List.of(FREE, DECIDER), CONFLICTED),
                exclusions, Map.of(FREE, "Hana Free", DECIDER, "Dara Decider"));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly(AppealPanelChoice.ASSESSORS, AppealPanelChoice.CHAIR);
        assertThat(problems.getFirst().message())
                .isEqualTo("Dara Decider may not hear this appeal: took part in the decision appealed.");
    }

    @Test
    void an_empty_choice_is_refused() {
        assertThat(AppealPanelPolicy.problems(new AppealPanelChoice(List.of(), null), exclusions, Map.of()))
                .extracting(FieldProblem::field).containsExactly(AppealPanelChoice.ASSESSORS, AppealPanelChoice.CHAIR);
    }

    @Test
    void a_choice_of_free_assessors_with_a_chair_among_them_passes() {
        assertThat(AppealPanelPolicy.problems(new AppealPanelChoice(List.of(FREE), FREE), exclusions, Map.of()))
                .isEmpty();
    }
}
