package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.List;

import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Seed 003's route requirements: five years of management or CRM experience for the experience route, two years in
 * a customer-service role and the required courses for the exam route; overlapping jobs are counted once.
 */
class RoutePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void exactly_five_years_in_one_job_meets_the_experience_route() {
        var job = WorkSpan.checked(LocalDate.of(2020, 3, 1), LocalDate.of(2025, 2, 28), TODAY);

        var check = RoutePolicy.experienceRoute("CCSM", true, 5, List.of(job), TODAY);

        assertThat(check.eligible()).isTrue();
        assertThat(check.experience().english()).isEqualTo("5 years");
    }

    @Test
    void one_day_short_of_five_years_says_so() {
        var job = WorkSpan.checked(LocalDate.of(2020, 3, 1), LocalDate.of(2025, 2, 27), TODAY);

        var check = RoutePolicy.experienceRoute("CCSM", true, 5, List.of(job), TODAY);

        assertThat(check.eligible()).isFalse();
        assertThat(check.unmet()).extracting(Text::english)
                .containsExactly("Management or CRM experience: 1 day short of 5 years.");
    }

    @Test
    void overlapping_jobs_are_counted_once() {
        // 2018-01-01 to 2021-12-31 (4 years) and 2021-01-01 to 2022-08-31 overlap for all of 2021.
        var first = WorkSpan.checked(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31), TODAY);
        var second = WorkSpan.checked(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 8, 31), TODAY);
        var inside = WorkSpan.checked(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 6, 30), TODAY);

        var total = ExperienceTotal.of(List.of(second, first, inside), TODAY);

        assertThat(ExperienceTotal.describe(total.counted()).english()).isEqualTo("4 years and 8 months");
        assertThat(total.shortfall(5).english()).isEqualTo("4 months short of 5 years");
    }

    @Test
    void separate_jobs_add_up_and_a_current_job_counts_to_today() {
        var earlier = WorkSpan.checked(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), TODAY);
        var current = WorkSpan.checked(TODAY.minusYears(1).plusDays(1), null, TODAY);

        var check = RoutePolicy.examRoute("CCSP", true, 2, List.of(earlier, current), List.of(), TODAY);

        assertThat(check.eligible()).isTrue();
        assertThat(check.experience().english()).isEqualTo("2 years");
    }

    @Test
    void the_exam_route_needs_two_years_and_every_required_course_certificate() {
        var job = WorkSpan.checked(LocalDate.of(2024, 11, 27), null, TODAY);

        var check = RoutePolicy.examRoute("CCSP", true, 2, List.of(job), List.of("Customer Retention Strategies"),
                TODAY);

        assertThat(check.eligible()).isFalse();
        assertThat(check.unmet()).extracting(Text::english)
                .containsExactly("Customer service experience: 1 day short of 2 years.",
                "Upload your certificate for Customer Retention Strategies.");
    }

    @Test
    void exactly_two_years_meets_the_exam_route() {
        var job = WorkSpan.checked(LocalDate.of(2024, 11, 25), LocalDate.of(2026, 11, 24), TODAY);

        assertThat(RoutePolicy.examRoute("CCSP", true, 2, List.of(job), List.of(), TODAY).eligible()).isTrue();
    }

    @Test
    void a_route_the_designation_does_not_offer_is_never_open() {
        var job = WorkSpan.checked(LocalDate.of(2010, 1, 1), null, TODAY);

        assertThat(RoutePolicy.experienceRoute("CCCM", false, 5, List.of(job), TODAY).unmet()).extracting(Text::english)
                .containsExactly("CCCM is not offered through the experience route.");
    }

    @Test
    void no_history_is_the_whole_requirement_short() {
        assertThat(ExperienceTotal.of(List.of(), TODAY).shortfall(5).english())
                .isEqualTo("none recorded yet, 5 years needed");
    }

    @Test
    void a_job_ending_before_it_starts_is_refused() {
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> WorkSpan.checked(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 4, 30), TODAY))
                .withMessage("The end date is before the start date.");
    }

    @Test
    void future_dates_are_refused() {
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> WorkSpan.checked(TODAY.plusDays(1), null, TODAY));
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> WorkSpan.checked(TODAY.minusYears(1), TODAY.plusDays(1), TODAY));
    }
}
