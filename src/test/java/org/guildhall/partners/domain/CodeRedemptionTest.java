package org.guildhall.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.partners.ClaimCodeData;
import org.guildhall.partners.CourseData;
import org.guildhall.partners.PartnerRefusedException;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, partner claim codes: a code names a course; it is accepted from the course's first valid day to its
 * last, both included; a member is credited for a course once, by code or roster. Every refusal is on the code
 * field, where the member typed it.
 */
class CodeRedemptionTest {

    static final CpdRulebook RULES = new CpdRulebook(Map.of(), List.of(
            new CpdActivityType("WORKSHOP", CpdCategory.CONTINUING_EDUCATION, "Workshop", BigDecimal.ONE, null),
            new CpdActivityType("JOURNAL_ARTICLE", CpdCategory.RESEARCH, "Article", null,
                    BigDecimal.TEN)));
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void a_code_is_redeemed_on_the_first_and_the_last_day_of_the_course() {
        var course = course();

        assertThat(CodeRedemption.check(Optional.of(course), FROM, false)).isSameAs(course);
        assertThat(CodeRedemption.check(Optional.of(course), TO, false)).isSameAs(course);
    }

    @Test
    void a_wrong_code_names_no_course_and_is_refused_on_the_code_field() {
        assertThat(refusal(() -> CodeRedemption.check(Optional.empty(), FROM, false)))
                .isEqualTo(new FieldProblem(ClaimCodeData.CODE, "partners.code.unknown"));
    }

    @Test
    void an_expired_code_is_refused_the_day_after_its_last_day_saying_when_it_expired() {
        var problem = refusal(() -> CodeRedemption.check(Optional.of(course()), TO.plusDays(1), false));

        assertThat(problem.field()).isEqualTo(ClaimCodeData.CODE);
        assertThat(problem.text().key()).isEqualTo("partners.code.expired");
        assertThat(problem.text().arguments()).containsExactly(TO);
    }

    @Test
    void a_code_is_refused_the_day_before_its_first_day() {
        assertThat(refusal(() -> CodeRedemption.check(Optional.of(course()), FROM.minusDays(1), false)).text()
                .key()).isEqualTo("partners.code.not-yet-valid");
    }

    @Test
    void a_member_already_credited_for_the_course_cannot_use_its_code_again() {
        var problem = refusal(() -> CodeRedemption.check(Optional.of(course()), FROM.plusDays(3), true));

        assertThat(problem.field()).isEqualTo(ClaimCodeData.CODE);
        assertThat(problem.text().key()).isEqualTo("partners.code.already-used");
        assertThat(problem.message()).contains("Complaint handling workshop");
    }

    @Test
    void codes_are_twelve_characters_without_look_alikes_in_groups_of_four_and_read_back_however_typed() {
        String code = ClaimCode.generate(new SplittableRandom(19));

        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(ClaimCode.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(ClaimCode.normalise(code.replace("-", ""))).contains(code);
        assertThat(ClaimCode.normalise("7KQM-3XWD-P9H")).isEmpty();
        assertThat(ClaimCode.normalise("7KQM-3XWD-P9H0")).as("0 is not in the alphabet").isEmpty();
    }

    @Test
    void a_course_is_refused_with_every_problem_on_its_field_at_once() {
        var data = new CourseData(null, " ", "Northwind Academy", CpdCategory.RESEARCH,
                "JOURNAL_ARTICLE", new BigDecimal("0"), FROM, FROM.minusDays(1));

        assertThatExceptionOfType(PartnerRefusedException.class)
                .isThrownBy(() -> ApprovedCourse.register(data, RULES, "AAAA-BBBB-CCCC", Instant.EPOCH, "r"))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(CourseData.TITLE, CourseData.CATEGORY, CourseData.HOURS,
                                CourseData.VALID_TO));
    }

    @Test
    void a_course_credits_by_the_hour_in_a_category_its_record_alone_can_prove() {
        var fixedCredit = new CourseData(null, "Writing up research", "Northwind Academy",
                CpdCategory.CONTINUING_EDUCATION, "JOURNAL_ARTICLE", BigDecimal.TEN, FROM, TO);

        assertThat(ApprovedCourse.creditableByCourse(CpdCategory.CONTINUING_EDUCATION)).isTrue();
        assertThat(ApprovedCourse.creditableByCourse(CpdCategory.ON_THE_JOB)).isTrue();
        assertThat(ApprovedCourse.creditableByCourse(CpdCategory.INSTRUCTION)).isFalse();
        assertThat(ApprovedCourse.creditableByCourse(CpdCategory.RESEARCH)).isFalse();
        assertThat(refusal(() -> ApprovedCourse.register(fixedCredit, RULES, "AAAA-BBBB-CCCC", Instant.EPOCH, "r"))
                .field()).isEqualTo(CourseData.ACTIVITY_TYPE);
    }

    @Test
    void a_course_longer_than_a_day_holds_is_credited_over_as_many_days_as_it_needs_ending_on_completion() {
        var completed = LocalDate.of(2026, 3, 20);

        assertThat(course("6").firstDayWhenCompletedOn(completed)).isEqualTo(completed);
        assertThat(course("24").firstDayWhenCompletedOn(completed)).isEqualTo(completed);
        assertThat(course("24.5").firstDayWhenCompletedOn(completed)).isEqualTo(completed.minusDays(1));
        assertThat(course("72").firstDayWhenCompletedOn(completed)).isEqualTo(completed.minusDays(2));
    }

    static ApprovedCourse course() {
        return course("6");
    }

    static ApprovedCourse course(String hours) {
        return ApprovedCourse.register(new CourseData(null, "Complaint handling workshop", "Northwind Academy",
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", new BigDecimal(hours), FROM, TO), RULES,
                "AAAA-BBBB-CCCC", Instant.EPOCH, "registrar@example.org");
    }

    private static FieldProblem refusal(Runnable step) {
        try {
            step.run();
        } catch (PartnerRefusedException refused) {
            assertThat(refused.fieldProblems()).hasSize(1);
            return refused.fieldProblems().getFirst();
        }
        throw new AssertionError("Expected a refusal");
    }
}
