package org.guildhall.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.assessment.AssessmentRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * A second marker's check of a flagged assessor's score on one panel (issue 20): assigned by the registrar,
 * confirmed by the marker with a note, before the panel's decision may be recorded.
 */
@Entity
@Table(name = "second_marking")
public class SecondMarking {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long panelId;
    private long flaggedAssessorAccountId;
    private long markerAccountId;
    private Instant assignedAt;
    private @Nullable Instant confirmedAt;
    private @Nullable String note;

    protected SecondMarking() {
    }

    public SecondMarking(long panelId, long flaggedAssessorAccountId, long markerAccountId, Instant assignedAt) {
        this.panelId = panelId;
        this.flaggedAssessorAccountId = flaggedAssessorAccountId;
        this.markerAccountId = markerAccountId;
        this.assignedAt = assignedAt;
    }

    public void confirm(String markerNote, Instant now) {
        if (confirmedAt != null) {
            throw new AssessmentRefusedException("assessment.second-marking.already-confirmed");
        }
        this.note = markerNote;
        this.confirmedAt = now;
    }

    public long panelId() {
        return panelId;
    }

    public long flaggedAssessorAccountId() {
        return flaggedAssessorAccountId;
    }

    public long markerAccountId() {
        return markerAccountId;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public @Nullable String note() {
        return note;
    }
}
