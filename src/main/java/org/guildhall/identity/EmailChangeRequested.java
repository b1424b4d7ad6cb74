package org.guildhall.identity;

import org.springframework.modulith.NamedInterface;

/**
 * The account holder asked to sign in with a new address; {@code secret} goes into the link emailed to that new
 * address only, and the change happens when it is followed.
 */
@NamedInterface("events")
public record EmailChangeRequested(long accountId, String newEmail, String fullName, String secret) {
}
