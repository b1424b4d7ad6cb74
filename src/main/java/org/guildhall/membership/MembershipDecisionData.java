package org.guildhall.membership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The registrar's decision on a member's year: the reason, kept in the history, and for an extension only the new
 * last day of the term. The service refuses each problem on the component it concerns.
 */
public record MembershipDecisionData(String reason, @Nullable LocalDate newEnd) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String REASON = "reason";
    public static final String NEW_END = "newEnd";
}
