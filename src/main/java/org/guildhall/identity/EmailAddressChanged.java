package org.guildhall.identity;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** The account now signs in with {@code newEmail}; the previous address is told, in case it was not its owner. */
@NamedInterface("events")
public record EmailAddressChanged(long accountId, String previousEmail, String newEmail, String fullName,
        Instant changedAt) {
}
