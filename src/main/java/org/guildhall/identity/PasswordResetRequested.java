package org.guildhall.identity;

import org.springframework.modulith.NamedInterface;

/** Someone asked to reset the password of an existing account; {@code secret} goes into the emailed link only. */
@NamedInterface("events")
public record PasswordResetRequested(long accountId, String email, String fullName, String secret) {
}
