package org.guildhall.certification;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** The audited steps in a certification's life after its award. */
@NamedInterface("events")
public enum CertificationAction {
    SUSPENDED("Suspended"),
    LIFTED("Suspension lifted"),
    REVOKED("Revoked"),
    REISSUED("Reissued in a new name"),
    /** An appeal against the revocation was upheld (issue 20). */
    REINSTATED("Revocation withdrawn on appeal");

    private final String label;

    CertificationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
