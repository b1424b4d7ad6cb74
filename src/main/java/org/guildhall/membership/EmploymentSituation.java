package org.guildhall.membership;

import java.util.Locale;

/** The employment criteria of the Customer Service Professional (direct membership) category, seed 000. */
public enum EmploymentSituation {
    SERVICE_FIRM_PROFESSIONAL("a professional employee at a service firm"),
    SUPERVISED_BY_CRM_OR_IN_SERVICE_GOVERNMENT_EDUCATION(
            "working under the direct supervision of a CRM, or in the service industry, government or education"),
    CLIENT_SERVICE_PROFESSIONAL("a client service professional in industry, government, education, legal, "
            + "banking or financial consulting services"),
    BPO_CALL_CENTRE("a BPO, call agent or call centre professional");

    private final String description;

    EmploymentSituation(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "membership.employment." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
