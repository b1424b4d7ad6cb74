package org.guildhall.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Rubric;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a panel's decision must say (issue 5): an outcome, the rationale for the record, and words for the
 * candidate's letter: guidance for a resubmission, reasons for a decline, a note for an award. Issue 20: an outcome
 * on every competency domain, Met or Not yet met, with feedback for the candidate on each domain not yet met; an
 * award needs every domain met, and a resubmission at least one not yet met (it is what the candidate resubmits).
 * Each problem is reported on the field it concerns; of the domains, the first problem in the rubric's order.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** Every problem with the decision, in the form's order; empty when it can be recorded. */
    public static List<FieldProblem> problems(DecisionData decision, Rubric rubric) {
        var problems = new ArrayList<FieldProblem>();
        if (decision.outcome() == null) {
            problems.add(new FieldProblem(DecisionData.OUTCOME, "assessment.decision.outcome-needed"));
        }
        String rationale = decision.rationale().strip();
        if (rationale.isEmpty()) {
            problems.add(new FieldProblem(DecisionData.RATIONALE, "assessment.decision.rationale-needed"));
        } else if (rationale.length() > DecisionData.MAX_RATIONALE) {
            problems.add(new FieldProblem(DecisionData.RATIONALE,
                    Text.of("assessment.decision.too-long", DecisionData.MAX_RATIONALE)));
        }
        String message = decision.messageToCandidate().strip();
        if (message.isEmpty()) {
            problems.add(new FieldProblem(DecisionData.MESSAGE_TO_CANDIDATE, messageNeeded(decision.outcome())));
        } else if (message.length() > DecisionData.MAX_MESSAGE) {
            problems.add(new FieldProblem(DecisionData.MESSAGE_TO_CANDIDATE,
                    Text.of("assessment.decision.too-long", DecisionData.MAX_MESSAGE)));
        }
        domainProblem(decision, rubric).ifPresent(text -> problems.add(new FieldProblem(DecisionData.DOMAINS, text)));
        return problems;
    }

    private static Optional<Text> domainProblem(DecisionData decision, Rubric rubric) {
        var verdicts = decision.domains().stream()
                .collect(Collectors.toMap(DomainVerdict::domainCode, verdict -> verdict, (one, other) -> one));
        for (var domain : rubric.domains()) {
            var verdict = verdicts.get(domain.code());
            if (verdict == null || verdict.result() == null) {
                return Optional.of(Text.of("assessment.decision.domain.result-needed", domain.text()));
            }
            if (!verdict.met() && decision.outcome() == PanelOutcome.AWARD) {
                return Optional.of(Text.of("assessment.decision.domain.award-needs-all-met", domain.text()));
            }
            if (!verdict.met() && verdict.feedback().isBlank()) {
                return Optional.of(Text.of("assessment.decision.domain.feedback-needed", domain.text()));
            }
            if (verdict.feedback().strip().length() > DomainVerdict.MAX_FEEDBACK) {
                return Optional.of(Text.of("assessment.decision.domain.too-long", domain.text(),
                        DomainVerdict.MAX_FEEDBACK));
            }
        }
        boolean allMet = rubric.domains().stream().allMatch(domain -> verdicts.get(domain.code()).met());
        if (allMet && decision.outcome() == PanelOutcome.RESUBMIT) {
            return Optional.of(Text.of("assessment.decision.domain.resubmit-needs-one"));
        }
        return Optional.empty();
    }

    /** The verdicts in the rubric's order, for recording once {@link #problems} found none. */
    public static List<DomainVerdict> inRubricOrder(DecisionData decision, Rubric rubric) {
        return rubric.domains().stream().map(domain -> decision.domains().stream()
                .filter(verdict -> verdict.domainCode().equals(domain.code())).findFirst().orElseThrow()).toList();
    }

    private static String messageNeeded(@Nullable PanelOutcome outcome) {
        return outcome == PanelOutcome.RESUBMIT ? "assessment.decision.guidance-needed"
                : outcome == PanelOutcome.DECLINE ? "assessment.decision.reasons-needed"
                : "assessment.decision.note-needed";
    }
}
