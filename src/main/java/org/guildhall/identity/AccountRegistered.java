package org.guildhall.identity;

/** Someone registered themselves as an applicant; published in the same transaction that stores the account. */
public record AccountRegistered(long accountId, String email, String fullName) {
}
