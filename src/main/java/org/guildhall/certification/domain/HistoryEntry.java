package org.guildhall.certification.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.certification.CertificationAction;

/** One audited step in a certification's life after its award: who did what, when, and why. Never changed. */
@Entity
@Table(name = "certification_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long certificationId;

    private Instant happenedAt;

    private long actorAccountId;

    @Enumerated(EnumType.STRING)
    private CertificationAction action;

    private String detail;

    protected HistoryEntry() {
    }

    public HistoryEntry(long certificationId, Instant happenedAt, long actorAccountId, CertificationAction action,
            String detail) {
        this.certificationId = certificationId;
        this.happenedAt = happenedAt;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.detail = detail;
    }

    public long id() {
        return id;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public long actorAccountId() {
        return actorAccountId;
    }

    public CertificationAction action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
