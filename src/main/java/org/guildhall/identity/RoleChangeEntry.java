package org.guildhall.identity;

import java.time.Instant;

/** One line of the staff-role audit trail: who granted or revoked which role of whom, and when. */
public record RoleChangeEntry(String accountName, String accountEmail, Role role, boolean granted, String changedBy,
        Instant changedAt) {
}
