package org.guildhall.certification;

/** Where a holder's name change request stands. */
public enum NameChangeState {
    PENDING("Waiting for the registrar"),
    APPROVED("Approved"),
    REFUSED("Refused");

    private final String label;

    NameChangeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
