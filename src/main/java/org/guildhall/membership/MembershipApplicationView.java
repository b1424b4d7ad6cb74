package org.guildhall.membership;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An application as the applicant and the registrar see it, with the version a decision must be based on. */
public record MembershipApplicationView(long id, long version, long applicantAccountId, String applicantName,
        String applicantEmail, @Nullable MembershipCategory category, ApplicationStatus status,
        EligibilityAnswers answers, @Nullable Instant submittedAt, List<DecisionEntry> decisions) {

    /** One registrar decision, newest first in {@link #decisions()}. */
    public record DecisionEntry(String outcome, @Nullable String note, String decidedBy, Instant decidedAt) {
    }

    public List<CategoryVerdict> eligibilityNow() {
        return EligibilityPolicy.evaluate(answers);
    }

    public @Nullable DecisionEntry latestDecision() {
        return decisions.isEmpty() ? null : decisions.getFirst();
    }
}
