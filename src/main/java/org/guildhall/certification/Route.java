package org.guildhall.certification;

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
}
