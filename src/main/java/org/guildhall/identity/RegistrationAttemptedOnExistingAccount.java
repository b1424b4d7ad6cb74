package org.guildhall.identity;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Someone tried to register with an address that already has an account. They were given the same answer as a
 * new registration; the owner is told by email, so the attempt is neither hidden from them nor revealed to others.
 */
@NamedInterface("events")
public record RegistrationAttemptedOnExistingAccount(long accountId, String email, String fullName,
        Instant attemptedAt) {
}
