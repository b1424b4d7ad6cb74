package org.guildhall.cpd.domain;

import org.jspecify.annotations.Nullable;

/** A certification holder's email and member number, for the registrar's reports. */
public record HolderContact(long accountId, String email, @Nullable String memberNumber) {
}
