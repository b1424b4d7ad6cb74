package org.guildhall.identity;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** The account's password was changed, by its holder or through a reset link; the holder is told by email. */
@NamedInterface("events")
public record PasswordChanged(long accountId, String email, String fullName, Instant changedAt) {
}
