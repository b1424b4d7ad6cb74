package org.guildhall.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the register: a member (with their member number) or an applicant (without one yet). */
public record RegisterEntry(long accountId, String fullName, String email, @Nullable String memberNumber,
        Instant accountSince) {
}
