package org.guildhall.membership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A category's subscription from a day on, with who set it and when: one row of the fees' audit trail. */
public record SubscriptionFeeSummary(MembershipCategory category, LocalDate effectiveFrom, BigDecimal annualFee,
        int termMonths, BigDecimal reinstatementFee, String recordedBy, Instant recordedAt) {
}
