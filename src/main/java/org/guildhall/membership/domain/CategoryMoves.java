package org.guildhall.membership.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.guildhall.membership.MembershipCategory;

/**
 * Issue 16's category moves: a Student moves to Candidate or Customer Service Professional on graduating, a
 * Candidate or an Associate to Customer Service Professional; and the fee difference for the rest of a term when
 * the move takes effect at once.
 */
public final class CategoryMoves {

    private CategoryMoves() {
    }

    /** The categories a member of {@code from} may apply to move to. */
    public static Set<MembershipCategory> allowedFrom(MembershipCategory from) {
        return switch (from) {
            case STUDENT -> EnumSet.of(MembershipCategory.CANDIDATE,
                    MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
            case CANDIDATE, ASSOCIATE -> EnumSet.of(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
            case CUSTOMER_SERVICE_PROFESSIONAL -> EnumSet.noneOf(MembershipCategory.class);
        };
    }

    /**
     * What the member owes for moving on {@code today} to a dearer category for the rest of the term from
     * {@code termStart} to {@code termEnd}: the annual difference for the days left, today included, rounded to the
     * penny. A cheaper category is not refunded (zero).
     */
    public static BigDecimal proRatedDifference(BigDecimal fromFee, BigDecimal toFee, LocalDate today,
            LocalDate termStart, LocalDate termEnd) {
        var difference = toFee.subtract(fromFee);
        if (difference.signum() <= 0 || today.isAfter(termEnd)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long termDays = ChronoUnit.DAYS.between(termStart, termEnd) + 1;
        long daysLeft = ChronoUnit.DAYS.between(today.isBefore(termStart) ? termStart : today, termEnd) + 1;
        return difference.multiply(BigDecimal.valueOf(daysLeft))
                .divide(BigDecimal.valueOf(termDays), 2, RoundingMode.HALF_UP);
    }
}
