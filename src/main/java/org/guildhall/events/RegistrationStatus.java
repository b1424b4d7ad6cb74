package org.guildhall.events;

public enum RegistrationStatus {
    CONFIRMED("Place confirmed"), WAITLISTED("On the waiting list"), CANCELLED("Cancelled");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != CANCELLED;
    }
}
