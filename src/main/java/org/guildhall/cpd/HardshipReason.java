package org.guildhall.cpd;

import java.util.Locale;

/** Why a member asks for relief (the grounds PMI, CIPD and CPA Ireland accept). */
public enum HardshipReason {
    ILLNESS, PARENTAL_LEAVE, HARDSHIP;

    public String labelKey() {
        return "cpd.hardship.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
