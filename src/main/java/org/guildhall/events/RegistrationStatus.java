package org.guildhall.events;

import java.util.Locale;

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

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "events.registration-status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
