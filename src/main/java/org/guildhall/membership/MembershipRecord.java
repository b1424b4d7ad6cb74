package org.guildhall.membership;

import java.time.LocalDate;

/** A person's membership of the institute: their member number, category and the day it began. */
public record MembershipRecord(long accountId, String memberNumber, MembershipCategory category,
        LocalDate memberSince) {
}
