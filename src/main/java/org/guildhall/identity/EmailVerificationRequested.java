package org.guildhall.identity;

/** A new account's address needs confirming; {@code secret} goes into the link emailed to it, nowhere else. */
public record EmailVerificationRequested(long accountId, String email, String fullName, String secret) {
}
