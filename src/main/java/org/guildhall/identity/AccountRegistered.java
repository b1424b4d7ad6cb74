package org.guildhall.identity;

import org.springframework.modulith.NamedInterface;

/** Someone registered themselves as an applicant; published in the same transaction that stores the account. */
@NamedInterface("events")
public record AccountRegistered(long accountId, String email, String fullName) {
}
