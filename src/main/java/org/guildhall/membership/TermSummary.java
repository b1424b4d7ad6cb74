package org.guildhall.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One term of a membership.
 *
 * @param settlement the key of how it was settled in the membership bundle ({@code membership.settlement.*})
 * @param invoiceId the term's subscription invoice; null for a term carried over from before subscriptions
 */
public record TermSummary(long termId, int termNumber, TermKind kind, MembershipCategory category,
        LocalDate startsOn, LocalDate endsOn, BigDecimal fee, String settlement, boolean awaitingPayment,
        boolean settled,
        @Nullable Long invoiceId, @Nullable String invoiceReference) {
}
