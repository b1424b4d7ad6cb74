package org.guildhall.cpd;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Where a hardship request stands: waiting for the registrar, or granted as an extension or a pause, or refused. */
@NamedInterface("events")
public enum HardshipState {
    REQUESTED, EXTENDED, PAUSED, REFUSED;

    public String labelKey() {
        return "cpd.hardship.state." + name().toLowerCase(Locale.ROOT);
    }

    public boolean granted() {
        return this == EXTENDED || this == PAUSED;
    }
}
