package org.guildhall.certification;

/** The three tiers of the catalogue; managers carry the larger CPD requirement (seed 001). */
public enum DesignationLevel {
    PROFESSIONAL, SPECIALIST, MANAGER;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
