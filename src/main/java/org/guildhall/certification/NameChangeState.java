package org.guildhall.certification;

import java.util.Locale;

/** Where a holder's name change request stands. */
public enum NameChangeState {
    PENDING("Waiting for the registrar"),
    APPROVED("Approved"),
    REFUSED("Refused");

    private final String label;

    NameChangeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.name-change-state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
