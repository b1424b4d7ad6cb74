package org.guildhall.cpd;

import java.util.Locale;

import org.guildhall.shared.Text;

/** Where a logged activity stands. Approved activities, audited or not, count toward the member's cycles. */
public enum CpdActivityStatus {
    DRAFT,
    SUBMITTED,
    MORE_EVIDENCE_REQUESTED,
    APPROVED,
    /** Approved and drawn in the audit sample: the member is asked for the evidence again. */
    AUDIT_REQUESTED,
    /** Approved, the audit evidence is in and waits for the registrar. */
    AUDIT_SUBMITTED,
    /** Drawn for audit and left unanswered past its deadline: it no longer counts (issue 19). */
    AUDIT_EXPIRED,
    REJECTED;

    /** The key of the status's name in the cpd bundle ({@code cpd.status.more-evidence-requested}). */
    public String labelKey() {
        return "cpd.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name in English, for logs and staff exports. */
    public String label() {
        return Text.of(labelKey()).english();
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
