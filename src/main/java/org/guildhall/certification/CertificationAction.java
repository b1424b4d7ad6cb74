package org.guildhall.certification;

/** The audited steps in a certification's life after its award. */
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
