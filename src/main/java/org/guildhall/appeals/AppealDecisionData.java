package org.guildhall.appeals;

import org.jspecify.annotations.Nullable;

/** What the appeal panel's chair enters: the outcome and the reasons, which the appellant reads. */
public record AppealDecisionData(@Nullable AppealOutcome outcome, String reasons) {

    public static final int MAX_REASONS = 4000;

    public static final String OUTCOME = "outcome";
    public static final String REASONS = "reasons";
}
