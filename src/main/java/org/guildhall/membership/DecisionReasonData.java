package org.guildhall.membership;

/**
 * The registrar's words for a decision that needs them (rejecting an application or a category change, asking an
 * applicant for more): a form with one field. The service refuses a missing or over-long reason on it.
 */
public record DecisionReasonData(String reason) {

    /** The component's name: a refusal of the reason names this field. */
    public static final String REASON = "reason";
}
