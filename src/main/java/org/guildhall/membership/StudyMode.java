package org.guildhall.membership;

import java.util.Locale;

/** Whether the applicant studies, and how. */
public enum StudyMode {
    NOT_STUDYING, FULL_TIME, PART_TIME;

    public boolean isStudying() {
        return this != NOT_STUDYING;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.study-mode." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
