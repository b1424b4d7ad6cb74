package org.guildhall.membership;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Where a membership stands in its year (issue 16), derived from its terms, the settings and the registrar's
 * decisions, and rolled daily. Only Current and Renewal due are good standing.
 */
@NamedInterface("events")
public enum MembershipStatus {
    /** Approved, the first term's subscription not paid yet. */
    PENDING_PAYMENT("Pending payment"),
    CURRENT("Current"),
    /** The renewal has opened: the renewal invoice is out, the term has not ended. */
    RENEWAL_DUE("Renewal due"),
    /** The term has ended unpaid, within the grace period: still listed, but cannot sponsor. */
    GRACE("Grace"),
    /** Grace ran out unpaid: history kept, member-only actions refused, reinstated by paying. */
    LAPSED("Lapsed"),
    /** Resigned, effective at the end of the paid term. */
    RESIGNED("Resigned"),
    SUSPENDED("Suspended"),
    EXPELLED("Expelled");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a member in this status is in good standing: may sponsor, pays the member price. */
    public boolean inGoodStanding() {
        return this == CURRENT || this == RENEWAL_DUE;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
