package org.guildhall.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an admin enters to set a category's subscription from a day on. The fee rules check every value and refuse
 * each problem on the component it concerns.
 */
public record SubscriptionFeeData(@Nullable MembershipCategory category, @Nullable LocalDate effectiveFrom,
        @Nullable BigDecimal annualFee, @Nullable Integer termMonths, @Nullable BigDecimal reinstatementFee) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String CATEGORY = "category";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String ANNUAL_FEE = "annualFee";
    public static final String TERM_MONTHS = "termMonths";
    public static final String REINSTATEMENT_FEE = "reinstatementFee";
}
