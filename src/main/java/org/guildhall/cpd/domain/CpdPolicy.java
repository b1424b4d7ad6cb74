package org.guildhall.cpd.domain;

import java.util.random.RandomGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The institute's tunable CPD settings (one row). */
@Entity
@Table(name = "cpd_policy")
public class CpdPolicy {

    @Id
    private int id;

    private int auditSamplePercent;

    protected CpdPolicy() {
    }

    /** A policy as the institute might set it, for rules tested without the database. */
    public CpdPolicy(int auditSamplePercent) {
        this.id = 1;
        this.auditSamplePercent = auditSamplePercent;
    }

    public int auditSamplePercent() {
        return auditSamplePercent;
    }

    /** Whether an approved claim is drawn for audit: each with the configured chance, as PMI samples. */
    public boolean drawsForAudit(RandomGenerator random) {
        return random.nextInt(100) < auditSamplePercent;
    }
}
