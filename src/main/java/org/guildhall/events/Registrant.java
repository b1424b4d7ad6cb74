package org.guildhall.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person on an event's list as the registrar marks attendance: registrants and listed presenters. */
public record Registrant(long accountId, String fullName, String email, @Nullable String memberNumber,
        @Nullable RegistrationStatus status, @Nullable Instant registeredAt, boolean presenter, boolean attended) {
}
