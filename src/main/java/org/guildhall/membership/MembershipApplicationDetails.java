package org.guildhall.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An application as the applicant and the registrar see it, with the version a decision must be based on and the
 * ids of its supporting documents (read them through the documents module, which checks who may).
 */
@NamedInterface("api")
public record MembershipApplicationDetails(long id, long version, long applicantAccountId, String applicantName,
        String applicantEmail, @Nullable MembershipCategory category, ApplicationStatus status,
        EligibilityAnswers answers, @Nullable Instant submittedAt, List<DecisionEntry> decisions,
        List<UUID> documentIds) {

    /** One registrar decision, newest first in {@link #decisions()}. */
    /** One decision; {@code outcome} is the key of its words ({@code membership.application-status.*}). */
    public record DecisionEntry(String outcome, @Nullable String note, String decidedBy, Instant decidedAt) {
    }

    public List<CategoryVerdict> eligibilityNow() {
        return EligibilityPolicy.evaluate(answers);
    }

    public @Nullable DecisionEntry latestDecision() {
        return decisions.isEmpty() ? null : decisions.getFirst();
    }
}
