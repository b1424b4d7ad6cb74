package org.guildhall.events.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The events module's tunable rules, one row seeded by the migration. */
@Entity
@Table(name = "event_settings")
public class EventSettings {

    public static final int ONLY_ROW = 1;

    @Id
    private int id;

    private int defaultCancellationCutoffHours;

    private int attendanceImportMaxRows;

    protected EventSettings() {
    }

    public EventRules rules() {
        return new EventRules(defaultCancellationCutoffHours, attendanceImportMaxRows);
    }
}
