package org.guildhall.assessment;

/** Where a panel's work stands. */
public enum PanelStatus {
    SCORING("Scoring"), INTERVIEW("Interview scheduled"), DECIDED("Decided");

    private final String label;

    PanelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
