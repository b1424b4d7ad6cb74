package org.guildhall.membership;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** The membership categories of seed 000, in the order the institute lists them. */
@NamedInterface("api")
public enum MembershipCategory {
    STUDENT("Student"),
    CANDIDATE("Candidate"),
    ASSOCIATE("Associate"),
    CUSTOMER_SERVICE_PROFESSIONAL("Customer Service Professional");

    private final String label;

    MembershipCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
