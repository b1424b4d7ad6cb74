package org.guildhall.identity;

/**
 * The account holder asked to sign in with a new address; {@code secret} goes into the link emailed to that new
 * address only, and the change happens when it is followed.
 */
public record EmailChangeRequested(long accountId, String newEmail, String fullName, String secret) {
}
