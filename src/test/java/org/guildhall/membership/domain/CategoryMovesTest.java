package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.membership.MembershipCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16's category moves and the pro-rated fee difference of a move that takes effect at once. */
class CategoryMovesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void a_student_moves_to_candidate_or_professional_and_a_candidate_or_associate_only_to_professional() {
        assertThat(CategoryMoves.allowedFrom(MembershipCategory.STUDENT)).containsExactlyInAnyOrder(
                MembershipCategory.CANDIDATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        assertThat(CategoryMoves.allowedFrom(MembershipCategory.CANDIDATE))
                .containsExactly(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        assertThat(CategoryMoves.allowedFrom(MembershipCategory.ASSOCIATE))
                .containsExactly(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        assertThat(CategoryMoves.allowedFrom(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL)).isEmpty();
    }

    @Test
    void the_difference_is_charged_for_the_days_left_today_included() {
        var fee = CategoryMoves.proRatedDifference(new BigDecimal("40.00"), new BigDecimal("180.00"),
                LocalDate.of(2026, 11, 25), START, END);
        assertThat(fee).isEqualByComparingTo("14.19");
        assertThat(CategoryMoves.proRatedDifference(new BigDecimal("40.00"), new BigDecimal("180.00"), START, START,
                END)).isEqualByComparingTo("140.00");
        assertThat(CategoryMoves.proRatedDifference(new BigDecimal("40.00"), new BigDecimal("180.00"), END, START,
                END)).isEqualByComparingTo("0.38");
    }

    @Test
    void a_cheaper_category_or_a_term_already_over_costs_nothing() {
        assertThat(CategoryMoves.proRatedDifference(new BigDecimal("180.00"), new BigDecimal("95.00"), START, START,
                END)).isEqualByComparingTo("0");
        assertThat(CategoryMoves.proRatedDifference(new BigDecimal("40.00"), new BigDecimal("180.00"),
                END.plusDays(1), START, END)).isEqualByComparingTo("0");
    }
}
