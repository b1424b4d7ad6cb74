package org.guildhall.assessment;

/** An assessor's overall recommendation on a portfolio. */
public enum Recommendation {
    AWARD("Award"), INTERVIEW("Interview"), RESUBMIT("Ask for a resubmission"), DECLINE("Decline");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
