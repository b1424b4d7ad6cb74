package org.guildhall.cpd.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.cpd.HardshipDecisionData;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19's relief rules at their boundaries: a pause lowers the requirement pro rata for the whole months paused
 * (required × (36 − months) / 36, rounded up to a whole credit, so it never relieves more than the months paused),
 * and an extension moves the end by at most the institute's limit.
 */
class HardshipReliefTest {

    /** Valid from 10 January 2024 until 9 January 2027 (expires on the 10th): 36 months. */
    static final CertificationCycle CYCLE = CertificationCycle.starting(LocalDate.of(2024, 1, 10), 3);

    @ParameterizedTest(name = "{0} credits, {1} months paused: {2}")
    @CsvSource({
            "36, 0, 36", "36, 1, 35", "36, 11, 25", "36, 12, 24",
            // 45 × 35 / 36 = 43.75 and 45 × 25 / 36 = 31.25: rounded up, never down.
            "45, 0, 45", "45, 1, 44", "45, 11, 32", "45, 12, 30"})
    void a_pause_lowers_the_requirement_pro_rata_rounded_up_to_a_whole_credit(int required, int months,
            int expected) {
        assertThat(HardshipRelief.reducedRequirement(required, HardshipRelief.cycleMonths(CYCLE), months))
                .isEqualTo(expected);
    }

    @Test
    void a_three_year_cycle_has_36_months_even_when_it_began_on_a_leap_day() {
        assertThat(HardshipRelief.cycleMonths(CYCLE)).isEqualTo(36);
        assertThat(HardshipRelief.cycleMonths(CertificationCycle.starting(LocalDate.of(2024, 2, 29), 3)))
                .isEqualTo(36);
    }

    @Test
    void a_pause_as_long_as_the_cycle_is_not_a_pause() {
        assertThatIllegalArgumentException().isThrownBy(() -> HardshipRelief.reducedRequirement(36, 36, 36));
        assertThatIllegalArgumentException().isThrownBy(() -> HardshipRelief.reducedRequirement(36, 36, -1));
    }

    @Test
    void only_whole_calendar_months_count_both_days_included() {
        assertThat(HardshipRelief.wholeMonths(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31))).isEqualTo(3);
        assertThat(HardshipRelief.wholeMonths(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 30))).isEqualTo(2);
        assertThat(HardshipRelief.wholeMonths(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14))).isEqualTo(1);
        assertThat(HardshipRelief.wholeMonths(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15))).isZero();
    }

    @Test
    void a_pause_is_at_least_one_month_and_at_most_the_limit() {
        assertThat(HardshipRelief.pauseProblem(CYCLE, 0, 12)).map(FieldProblem::field)
                .contains(HardshipDecisionData.PAUSED_MONTHS);
        assertThat(HardshipRelief.pauseProblem(CYCLE, null, 12)).isPresent();
        assertThat(HardshipRelief.pauseProblem(CYCLE, 1, 12)).isEmpty();
        assertThat(HardshipRelief.pauseProblem(CYCLE, 12, 12)).isEmpty();
        assertThat(HardshipRelief.pauseProblem(CYCLE, 13, 12)).map(FieldProblem::message)
                .contains("A pause may be at most 12 months.");
    }

    @Test
    void an_extension_ends_after_the_current_end_and_at_most_the_limit_later() {
        // Expires 10 January 2027; twelve months on is 10 January 2028, so the last valid day is the 9th at most.
        assertThat(HardshipRelief.latestValidUntil(CYCLE, 12)).isEqualTo(LocalDate.of(2028, 1, 9));
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2028, 1, 9), 12)).isEmpty();
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2027, 1, 10), 12)).isEmpty();
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2028, 1, 10), 12))
                .map(FieldProblem::message).contains("An extension may move the end by at most 12 months: the last "
                        + "valid day can be 9 Jan 2028 at the latest.");
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2027, 1, 9), 12))
                .map(FieldProblem::message).contains("The new last valid day must come after 9 Jan 2027.");
        assertThat(HardshipRelief.extensionProblem(CYCLE, null, 12)).map(FieldProblem::field)
                .contains(HardshipDecisionData.VALID_UNTIL);
        // The limit is the institute's setting: one month allows a month, no more.
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2027, 2, 9), 1)).isEmpty();
        assertThat(HardshipRelief.extensionProblem(CYCLE, LocalDate.of(2027, 2, 10), 1)).isPresent();
    }
}
