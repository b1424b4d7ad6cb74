package org.guildhall.assessment.domain;

import java.util.List;

import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Rubric;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's decision needs an outcome, a rationale and words for the candidate; issue 20 adds an outcome per
 * competency domain: Met or Not yet met, feedback on each domain not yet met, every domain met for an award and at
 * least one not yet met for a resubmission.
 */
class DecisionRulesTest {

    private static final Rubric RUBRIC = new Rubric(List.of(domain("LEADERSHIP"), domain("PEOPLE"),
            domain("CUSTOMERS"), domain("OPERATIONS")));

    @Test
    void a_blank_decision_is_refused_on_every_field_at_once() {
        assertThat(DecisionRules.problems(DecisionData.blank(RUBRIC), RUBRIC)).extracting(FieldProblem::field)
                .containsExactly(DecisionData.OUTCOME, DecisionData.RATIONALE, DecisionData.MESSAGE_TO_CANDIDATE);
    }

    @Test
    void an_award_with_every_domain_met_passes() {
        assertThat(DecisionRules.problems(decision(PanelOutcome.AWARD, DomainVerdict.allMet(RUBRIC)), RUBRIC))
                .isEmpty();
    }

    @Test
    void an_award_needs_every_domain_met() {
        var problems = DecisionRules.problems(decision(PanelOutcome.AWARD,
                operations(DomainResult.NOT_YET_MET, "Show a forecast you built.")), RUBRIC);
        assertThat(problems).extracting(FieldProblem::field).containsExactly(DecisionData.DOMAINS);
        assertThat(problems.getFirst().message()).isEqualTo(
                "Operations is not yet met: an award needs every domain met.");
    }

    @Test
    void a_domain_not_yet_met_needs_feedback_for_the_candidate() {
        var problems = DecisionRules.problems(decision(PanelOutcome.RESUBMIT,
                operations(DomainResult.NOT_YET_MET, "  ")), RUBRIC);
        assertThat(problems).singleElement().extracting(FieldProblem::message)
                .isEqualTo("Operations: write feedback for the candidate on what is not yet met.");
    }

    @Test
    void a_resubmission_names_at_least_one_domain_not_yet_met_and_then_passes() {
        assertThat(DecisionRules.problems(decision(PanelOutcome.RESUBMIT, DomainVerdict.allMet(RUBRIC)), RUBRIC))
                .extracting(FieldProblem::field).containsExactly(DecisionData.DOMAINS);
        assertThat(DecisionRules.problems(decision(PanelOutcome.RESUBMIT,
                operations(DomainResult.NOT_YET_MET, "Show a forecast you built.")), RUBRIC)).isEmpty();
    }

    @Test
    void every_domain_needs_a_result() {
        var problems = DecisionRules.problems(decision(PanelOutcome.DECLINE, operations(null, "")), RUBRIC);
        assertThat(problems).singleElement().extracting(FieldProblem::message)
                .isEqualTo("Operations: choose met or not yet met.");
    }

    @Test
    void the_verdicts_are_recorded_in_the_rubric_order_whatever_the_order_given() {
        var reversed = DomainVerdict.allMet(RUBRIC).reversed();
        assertThat(DecisionRules.inRubricOrder(decision(PanelOutcome.AWARD, reversed), RUBRIC))
                .extracting(DomainVerdict::domainCode)
                .containsExactly("LEADERSHIP", "PEOPLE", "CUSTOMERS", "OPERATIONS");
    }

    private static List<DomainVerdict> operations(DomainResult result, String feedback) {
        return DomainVerdict.allMet(RUBRIC).stream().map(verdict -> verdict.domainCode().equals("OPERATIONS")
                ? new DomainVerdict("OPERATIONS", result, feedback) : verdict).toList();
    }

    private static DecisionData decision(PanelOutcome outcome, List<DomainVerdict> domains) {
        return new DecisionData(outcome, "The evidence is consistent.", "A note for the candidate.", domains);
    }

    private static Rubric.Domain domain(String code) {
        return new Rubric.Domain(code, code, List.of(new Rubric.Criterion(1, "A criterion")));
    }
}
