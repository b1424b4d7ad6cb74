package org.guildhall.cpd.domain;

import org.guildhall.cpd.CpdActivityStatus;

/** One of a member's logged activities as the ledger weighs it. */
public record LedgerEntry(long activityId, CpdClaim claim, CpdActivityStatus status) {
}
