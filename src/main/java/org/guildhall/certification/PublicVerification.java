package org.guildhall.certification;

import java.time.LocalDate;

/**
 * What the public verification page may show of a certification, and nothing more: who holds what, whether it
 * stands today, and until when.
 */
public record PublicVerification(String holderName, String designationCode, String designationName,
        CertificationStatus status, LocalDate validUntil) {
}
