package org.guildhall.certification;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** The two ways to earn a designation (seed 003): sitting the exam, or a portfolio judged by a panel. */
@NamedInterface("api")
public enum Route {
    EXAM("Exam route"), EXPERIENCE("Experience route");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of {@link #label()} in the module's bundle, for the reader's language. */
    public String labelKey() {
        return "certification.route." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
