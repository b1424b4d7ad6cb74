package org.guildhall.identity;

import org.springframework.modulith.NamedInterface;

/** A new account's address needs confirming; {@code secret} goes into the link emailed to it, nowhere else. */
@NamedInterface("events")
public record EmailVerificationRequested(long accountId, String email, String fullName, String secret) {
}
