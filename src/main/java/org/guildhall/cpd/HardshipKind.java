package org.guildhall.cpd;

import java.util.Locale;

/** What a member in hardship asks of one certification cycle. */
public enum HardshipKind {
    /** The cycle's end moves later; the requirement stays. */
    EXTENSION,
    /** The requirement is lowered pro rata for the whole months paused; the end stays. */
    PAUSE;

    public String labelKey() {
        return "cpd.hardship.kind." + name().toLowerCase(Locale.ROOT);
    }
}
