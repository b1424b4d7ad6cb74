package org.guildhall.membership.domain;

import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipStatus;

/** How many memberships of one category stand in one status. */
public record RegisterCount(MembershipCategory category, MembershipStatus status, long count) {
}
