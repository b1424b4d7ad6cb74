package org.guildhall.events;

/** The kinds of event the institute runs (seeds 000 and 002). */
public enum EventKind {
    SEMINAR("Seminar"), WORKSHOP("Workshop"), CONFERENCE("Conference"), FORUM("Forum"),
    DISCUSSION_GROUP("Discussion group"), WEBINAR("Webinar");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
