package org.guildhall.certification;

import java.util.Locale;

/** The three tiers of the catalogue; managers carry the larger CPD requirement (seed 001). */
public enum DesignationLevel {
    PROFESSIONAL, SPECIALIST, MANAGER;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.level." + name().toLowerCase(Locale.ROOT);
    }
}
