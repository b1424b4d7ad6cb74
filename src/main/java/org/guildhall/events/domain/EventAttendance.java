package org.guildhall.events.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's recorded attendance at an event, as an attendee or as one of its presenters. */
@Entity
@Table(name = "event_attendance")
public class EventAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;

    private long accountId;

    private boolean asPresenter;

    private Instant recordedAt;

    private String recordedBy;

    protected EventAttendance() {
    }

    public EventAttendance(long eventId, long accountId, boolean asPresenter, Instant recordedAt, String recordedBy) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.asPresenter = asPresenter;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Names what this attendance earned (points, CPD credit), so each is given once and can be taken back. */
    public static String sourceKey(long eventId, long accountId) {
        return "event:" + eventId + ":attendance:" + accountId;
    }

    public long eventId() {
        return eventId;
    }

    public long accountId() {
        return accountId;
    }

    public boolean asPresenter() {
        return asPresenter;
    }
}
