package org.guildhall.assessment;

import java.time.Instant;

/** A qualification the registrar recorded: the assessor, the designation, who qualified them, when and why. */
public record QualificationSummary(String assessorName, String designationCode, String qualifiedByName,
        Instant qualifiedAt, String note) {
}
