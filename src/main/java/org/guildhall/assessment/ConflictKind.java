package org.guildhall.assessment;

/**
 * Why an assessor may not be fair to a candidate. A registrar may place an assessor despite a conflict only with a
 * recorded reason, and never on their own portfolio.
 */
public enum ConflictKind {
    SELF("Is the candidate", false), SPONSOR("Sponsored the candidate's membership", true),
    SAME_EMPLOYER("Works for the same employer", true), DECLARED("A conflict was declared", true);

    private final String label;
    private final boolean overridable;

    ConflictKind(String label, boolean overridable) {
        this.label = label;
        this.overridable = overridable;
    }

    public String label() {
        return label;
    }

    public boolean overridable() {
        return overridable;
    }
}
