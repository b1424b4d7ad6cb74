package org.guildhall.certification;

import org.springframework.modulith.NamedInterface;

/** The audited steps in a certification's life after its award. */
@NamedInterface("events")
public enum CertificationAction {
    SUSPENDED("Suspended"),
    LIFTED("Suspension lifted"),
    REVOKED("Revoked"),
    REISSUED("Reissued in a new name");

    private final String label;

    CertificationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
