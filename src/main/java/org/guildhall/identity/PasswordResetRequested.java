package org.guildhall.identity;

/** Someone asked to reset the password of an existing account; {@code secret} goes into the emailed link only. */
public record PasswordResetRequested(long accountId, String email, String fullName, String secret) {
}
