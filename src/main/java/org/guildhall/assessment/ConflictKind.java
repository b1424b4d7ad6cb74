package org.guildhall.assessment;

import org.guildhall.shared.Text;

/**
 * Why an assessor may not be fair to a candidate. A registrar may place an assessor despite a conflict only with a
 * recorded reason, and never on their own portfolio.
 */
public enum ConflictKind {
    SELF(false), SPONSOR(true), SAME_EMPLOYER(true), DECLARED(true), REFEREE(true), CO_PRESENTER(true),
    EARLIER_PANEL(true);

    private final boolean overridable;

    ConflictKind(boolean overridable) {
        this.overridable = overridable;
    }

    /** What it is called, in the reader's language. */
    public Text text() {
        return Text.of("assessment.conflict." + name().toLowerCase().replace('_', '-'));
    }

    /** In English, for the audit history. */
    public String label() {
        return text().english();
    }

    public boolean overridable() {
        return overridable;
    }
}
