package org.guildhall.membership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One member on the registrar's membership-year register: who, their category, status and where their paid term
 * ends.
 */
public record MembershipYearEntry(long accountId, String memberNumber, String fullName, String email,
        MembershipCategory category, MembershipStatus status, @Nullable LocalDate statusSince,
        @Nullable LocalDate paidUntil) {
}
