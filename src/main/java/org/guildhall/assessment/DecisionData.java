package org.guildhall.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The panel's decision as the chair's form holds it: the outcome, the rationale for the record, the words for the
 * candidate's letter and the outcome on each competency domain. Blanks are allowed here and refused on the field
 * they concern.
 */
public record DecisionData(@Nullable PanelOutcome outcome, String rationale, String messageToCandidate,
        List<DomainVerdict> domains) {

    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_MESSAGE = 2500;

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String OUTCOME = "outcome";
    public static final String RATIONALE = "rationale";
    public static final String MESSAGE_TO_CANDIDATE = "messageToCandidate";
    public static final String DOMAINS = "domains";

    public DecisionData {
        domains = List.copyOf(domains);
    }

    /** Nothing chosen or written yet; every domain starts as met. */
    public static DecisionData blank(Rubric rubric) {
        return new DecisionData(null, "", "", DomainVerdict.allMet(rubric));
    }
}
