package org.guildhall.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member's application to move category as the member and the registrar see it.
 *
 * @param answers the eligibility questionnaire's answers in words
 * @param status the key of where it stands in the membership bundle ({@code membership.change-status.*})
 * @param effectiveOn the day the new category applies: the decision day, or (at the next renewal) null until then
 */
public record CategoryChangeSummary(long id, long accountId, String memberName, String memberNumber,
        MembershipCategory from, MembershipCategory to, List<String> answers, List<UUID> documentIds, String status,
        boolean awaitingDecision, Instant submittedAt, @Nullable String decidedBy, @Nullable String decisionNote,
        @Nullable LocalDate effectiveOn) {
}
