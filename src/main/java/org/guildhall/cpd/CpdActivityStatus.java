package org.guildhall.cpd;

/** Where a logged activity stands. Approved activities, audited or not, count toward the member's cycles. */
public enum CpdActivityStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for review"),
    MORE_EVIDENCE_REQUESTED("More evidence requested"),
    APPROVED("Approved"),
    /** Approved and drawn in the audit sample: the member is asked for the evidence again. */
    AUDIT_REQUESTED("Approved; audit asks for evidence"),
    /** Approved, the audit evidence is in and waits for the registrar. */
    AUDIT_SUBMITTED("Approved; audit evidence under review"),
    REJECTED("Rejected");

    private final String label;

    CpdActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the activity's credits count (seed 001: only approved activities). */
    public boolean counts() {
        return this == APPROVED || this == AUDIT_REQUESTED || this == AUDIT_SUBMITTED;
    }

    /** Whether the member may still change or withdraw it: before a decision. */
    public boolean isOpenToMember() {
        return this == DRAFT || this == SUBMITTED || this == MORE_EVIDENCE_REQUESTED;
    }

    /** Whether a registrar has something to decide. */
    public boolean awaitsRegistrar() {
        return this == SUBMITTED || this == AUDIT_SUBMITTED;
    }

    /** Waiting on someone (the registrar or the member), shown as pending on the dashboard. */
    public boolean isPending() {
        return this == SUBMITTED || this == MORE_EVIDENCE_REQUESTED || this == AUDIT_REQUESTED
                || this == AUDIT_SUBMITTED;
    }
}
