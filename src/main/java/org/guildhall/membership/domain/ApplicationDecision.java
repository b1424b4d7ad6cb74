package org.guildhall.membership.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.MembershipApplicationDetails.DecisionEntry;
import org.jspecify.annotations.Nullable;

/** The record of one registrar decision: what, why, who and when. Never changed once written. */
@Entity
@Table(name = "application_decision")
public class ApplicationDecision {

    /** The longest note a registrar writes with a decision (the reason for a rejection, the request for more). */
    public static final int MAX_NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus outcome;

    private @Nullable String note;

    private String decidedBy;

    private Instant decidedAt;

    protected ApplicationDecision() {
    }

    public ApplicationDecision(long applicationId, ApplicationStatus outcome, @Nullable String note, String decidedBy,
            Instant decidedAt) {
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public DecisionEntry toEntry() {
        return new DecisionEntry(outcome.key(), note, decidedBy, decidedAt);
    }
}
