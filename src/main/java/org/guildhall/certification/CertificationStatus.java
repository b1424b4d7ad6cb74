package org.guildhall.certification;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Where a certification stands on a given day; derived from its cycle and its standing (suspension, revocation),
 * never stored (see {@link CertificationCycle} and {@code domain.Standing}).
 */
@NamedInterface("api")
public enum CertificationStatus {
    ACTIVE("Active"),
    /** The last six weeks of a cycle, when the holder must have met the CPD requirement and pay the renewal fee. */
    RENEWAL_DUE("Renewal due"),
    /** Suspended by the registrar, until a date or until lifted: not to be used meanwhile, nor renewed. */
    SUSPENDED("Suspended"),
    /** Past its expiry date and not renewed; the lapse job has not recorded it yet. */
    EXPIRED("Expired"),
    /** Expired without renewal, as recorded by the lapse job; only retaking the exam reinstates it (seed 001). */
    LAPSED("Lapsed"),
    /** Withdrawn by the institute for good. */
    REVOKED("Revoked");

    private final String label;

    CertificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the holder may use the designation today. */
    public boolean isCurrent() {
        return this == ACTIVE || this == RENEWAL_DUE;
    }

    /** Suspended or revoked by the institute: not to be renewed, nor downloaded as valid. */
    public boolean isWithheld() {
        return this == SUSPENDED || this == REVOKED;
    }

    /**
     * Whether the holder still holds the designation, if only suspended: they may not enrol for it again nor be
     * awarded it a second time meanwhile.
     */
    public boolean holdsDesignation() {
        return isCurrent() || this == SUSPENDED;
    }
}
