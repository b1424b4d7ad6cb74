package org.guildhall.events;

import java.util.Locale;

/** The kinds of event the institute runs (seeds 000 and 002). */
public enum EventKind {
    SEMINAR("Seminar", "CONFERENCE"), WORKSHOP("Workshop", "WORKSHOP"), CONFERENCE("Conference", "CONFERENCE"),
    FORUM("Forum", "CONFERENCE"), DISCUSSION_GROUP("Discussion group", "CONFERENCE"),
    WEBINAR("Webinar", "WEBINAR");

    private final String label;
    private final String cpdActivityType;

    EventKind(String label, String cpdActivityType) {
        this.label = label;
        this.cpdActivityType = cpdActivityType;
    }

    public String label() {
        return label;
    }

    /** The CPD activity type (seed 001's Continuing Education list) attending this kind of event is. */
    public String cpdActivityType() {
        return cpdActivityType;
    }

    /** The key of its words in the bundle, for the reader's language. */
    public String key() {
        return "events.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
