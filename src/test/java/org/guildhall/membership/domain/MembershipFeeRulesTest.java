package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.SubscriptionFeeData;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fee rules: today or later, no negative fee, a term of 1 to 36 months, every value there; all at once. */
class MembershipFeeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void a_fee_from_today_with_a_usual_term_passes() {
        assertThat(MembershipFee.problems(new SubscriptionFeeData(MembershipCategory.STUDENT, TODAY,
                BigDecimal.ZERO, MembershipFee.MAX_TERM_MONTHS, BigDecimal.TEN), TODAY)).isEmpty();
    }

    @Test
    void every_problem_is_named_on_its_field_at_once() {
        var problems = MembershipFee.problems(new SubscriptionFeeData(null, TODAY.minusDays(1),
                new BigDecimal("-1"), MembershipFee.MAX_TERM_MONTHS + 1, null), TODAY);

        assertThat(problems).extracting(FieldProblem::field).containsExactly(SubscriptionFeeData.CATEGORY,
                SubscriptionFeeData.EFFECTIVE_FROM, SubscriptionFeeData.ANNUAL_FEE, SubscriptionFeeData.TERM_MONTHS,
                SubscriptionFeeData.REINSTATEMENT_FEE);
    }
}
