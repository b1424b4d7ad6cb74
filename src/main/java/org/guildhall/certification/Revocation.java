package org.guildhall.certification;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A revoked certification as an appeal against the revocation reads it: whose, which, when, by whom and why. */
@NamedInterface("api")
public record Revocation(long certificationId, long holderAccountId, String designationCode, LocalDate revokedOn,
        long revokedByAccountId, String explanation) {
}
