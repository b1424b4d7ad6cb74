package org.guildhall.cpd;

public enum EssayStatus {
    SUBMITTED("With an assessor"), ACCEPTED("Accepted"), RETURNED("Returned for changes");

    private final String label;

    EssayStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
