package org.guildhall.identity;

import java.time.Instant;

/**
 * Someone tried to register with an address that already has an account. They were given the same answer as a
 * new registration; the owner is told by email, so the attempt is neither hidden from them nor revealed to others.
 */
public record RegistrationAttemptedOnExistingAccount(long accountId, String email, String fullName,
        Instant attemptedAt) {
}
