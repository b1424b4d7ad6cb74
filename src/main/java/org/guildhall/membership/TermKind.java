package org.guildhall.membership;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Why a term of membership was opened. */
@NamedInterface("events")
public enum TermKind {
    /** The first term, opened when the registrar approves the application. */
    JOINING("Joining"),
    RENEWAL("Renewal"),
    /** A lapsed member's new term, with the reinstatement fee on top of the subscription. */
    REINSTATEMENT("Reinstatement"),
    /** A membership from before subscriptions, carried over as settled. */
    CARRIED_OVER("Carried over");

    private final String label;

    TermKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.term-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
