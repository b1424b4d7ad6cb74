package org.guildhall.cpd.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * One claim's bounds (seed 001: "CPD credits are measured in one-hour blocks"), at their edges, and every problem of
 * a form refused at once on the field it concerns.
 */
class CpdClaimTest {

    private static final LocalDate TODAY = CpdLedgerTest.TODAY;
    private static final LocalDate MONDAY = LocalDate.of(2025, 5, 5);

    @Test
    void a_day_has_24_hours_so_one_day_claims_at_most_24() {
        assertThat(claim(MONDAY, MONDAY, "24").hours()).isEqualByComparingTo("24");
        assertThat(problemsOf(workshop(MONDAY, MONDAY, "24.01", "0")))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(tuple(CpdActivityData.HOURS,
                        "A day has 24 hours: enter at most 24 for a one-day activity."));
    }

    @Test
    void the_24_hours_are_counted_for_each_calendar_day_of_the_span() {
        assertThat(claim(MONDAY, MONDAY.plusDays(2), "72").hours()).isEqualByComparingTo("72");
        assertThat(problemsOf(workshop(MONDAY, MONDAY.plusDays(2), "72.5", "0")))
                .extracting(FieldProblem::message).containsExactly("A day has 24 hours: enter at most 72 for 3 days.");
    }

    @Test
    void one_activity_claims_at_most_the_plausible_ceiling_however_long_its_span() {
        // The case: 9,000 hours over 697 days passed the 24-hours-a-day rule and was credited in full.
        var longSpan = MONDAY.minusDays(696);
        assertThat(claim(longSpan, MONDAY, CpdClaim.MAX_HOURS_PER_ACTIVITY.toPlainString()).hours())
                .isEqualByComparingTo(CpdClaim.MAX_HOURS_PER_ACTIVITY);
        assertThat(problemsOf(workshop(longSpan, MONDAY, "9000", "0"))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo(CpdActivityData.HOURS);
                    assertThat(problem.message()).startsWith("One activity can claim at most 1000 hours.");
                });
    }

    @Test
    void the_ceiling_is_below_what_the_hours_column_holds_so_no_accepted_claim_fails_in_the_database() {
        assertThat(CpdClaim.MAX_HOURS_PER_ACTIVITY).isLessThan(CpdClaim.HOURS_COLUMN_MAX);
        assertThat(problemsOf(workshop(MONDAY.minusYears(2), MONDAY, "10000", "0")))
                .extracting(FieldProblem::field).containsExactly(CpdActivityData.HOURS);
    }

    @Test
    void hours_are_kept_to_the_hundredth_as_the_column_holds_them() {
        assertThat(claim(MONDAY, MONDAY, "7.25").hours()).isEqualByComparingTo("7.25");
        assertThat(claim(MONDAY, MONDAY, "7.250").hours()).isEqualByComparingTo("7.25");
        assertThat(problemsOf(workshop(MONDAY, MONDAY, "7.125", "0"))).extracting(FieldProblem::field)
                .containsExactly(CpdActivityData.HOURS);
        assertThat(problemsOf(workshop(MONDAY, MONDAY, "8", "0.125"))).extracting(FieldProblem::field)
                .containsExactly(CpdActivityData.EXCLUDED_HOURS);
    }

    @Test
    void non_educational_time_is_less_than_the_total_and_not_negative() {
        assertThat(problemsOf(workshop(MONDAY, MONDAY, "8", "8"))).extracting(FieldProblem::message)
                .containsExactly("The non-educational time must be less than the total time.");
        assertThat(problemsOf(workshop(MONDAY, MONDAY, "8", "-1"))).extracting(FieldProblem::message)
                .containsExactly("Non-educational time cannot be negative.");
    }

    @Test
    void every_problem_of_a_form_is_refused_at_once_each_on_its_field() {
        var form = new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, null, " ", "x".repeat(CpdClaim.MAX_TEXT + 1),
                MONDAY, MONDAY.minusDays(1), new BigDecimal("30"), null, "y".repeat(CpdClaim.MAX_DESCRIPTION + 1),
                null, false, List.of());
        assertThat(problemsOf(form)).extracting(FieldProblem::field).containsExactly(CpdActivityData.ACTIVITY_TYPE,
                CpdActivityData.TITLE, CpdActivityData.PROVIDER, CpdActivityData.ENDS_ON, CpdActivityData.DESCRIPTION);
    }

    @Test
    void an_empty_form_names_each_field_to_fill_in() {
        var empty = new CpdActivityData(null, null, null, null, null, null, null, null, null, null, false, List.of());
        assertThat(problemsOf(empty)).extracting(FieldProblem::field).containsExactly(CpdActivityData.CATEGORY,
                CpdActivityData.TITLE, CpdActivityData.PROVIDER, CpdActivityData.STARTS_ON, CpdActivityData.ENDS_ON,
                CpdActivityData.HOURS);
    }

    @Test
    void a_future_date_is_refused_on_the_last_day() {
        assertThat(problemsOf(workshop(TODAY, TODAY.plusDays(1), "2", "0"))).extracting(FieldProblem::field)
                .containsExactly(CpdActivityData.ENDS_ON);
    }

    @Test
    void the_field_names_problems_use_are_the_input_records_components() {
        var components = Arrays.stream(CpdActivityData.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(components).containsExactly(CpdActivityData.CATEGORY, CpdActivityData.ACTIVITY_TYPE,
                CpdActivityData.TITLE, CpdActivityData.PROVIDER, CpdActivityData.STARTS_ON, CpdActivityData.ENDS_ON,
                CpdActivityData.HOURS, CpdActivityData.EXCLUDED_HOURS, CpdActivityData.DESCRIPTION,
                CpdActivityData.AUDIENCE, CpdActivityData.INDEPENDENCE_DECLARED, CpdActivityData.EVIDENCE);
    }

    private static CpdClaim claim(LocalDate startsOn, LocalDate endsOn, String hours) {
        return CpdClaim.of(workshop(startsOn, endsOn, hours, "0"), CpdLedgerTest.RULES, TODAY);
    }

    private static CpdActivityData workshop(LocalDate startsOn, LocalDate endsOn, String hours,
            @Nullable String excluded) {
        return new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "Service recovery", "Guildhall",
                startsOn, endsOn, new BigDecimal(hours), excluded == null ? null : new BigDecimal(excluded), null,
                null, false, List.of());
    }

    private static List<FieldProblem> problemsOf(CpdActivityData form) {
        var refused = catchThrowableOfType(CpdRefusedException.class,
                () -> CpdClaim.of(form, CpdLedgerTest.RULES, TODAY));
        assertThat(refused).as("refused").isNotNull();
        return refused.fieldProblems();
    }
}
