package org.guildhall.membership;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A person's membership of the institute: their member number, category and the day it began. */
@NamedInterface("api")
public record MembershipRecord(long accountId, String memberNumber, MembershipCategory category,
        LocalDate memberSince) {
}
