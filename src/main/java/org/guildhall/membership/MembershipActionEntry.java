package org.guildhall.membership;

import java.time.Instant;

/** One decision about a membership in its audit trail; {@code action} is the key of its words ({@code membership.action.*}). */
public record MembershipActionEntry(String action, String reason, String takenBy, Instant takenAt) {
}
