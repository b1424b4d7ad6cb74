package org.guildhall.certification;

import org.springframework.modulith.NamedInterface;

/** Where a certification stands on a given day; derived from its cycle, never stored (see {@link CertificationCycle}). */
@NamedInterface("api")
public enum CertificationStatus {
    ACTIVE("Active"),
    /** The last six weeks of a cycle, when the holder must have met the CPD requirement and pay the renewal fee. */
    RENEWAL_DUE("Renewal due"),
    /** Past its expiry date and not renewed; the lapse job has not recorded it yet. */
    EXPIRED("Expired"),
    /** Expired without renewal, as recorded by the lapse job; only retaking the exam reinstates it (seed 001). */
    LAPSED("Lapsed");

    private final String label;

    CertificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the holder may use the designation today. */
    public boolean isCurrent() {
        return this == ACTIVE || this == RENEWAL_DUE;
    }
}
