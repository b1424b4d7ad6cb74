package org.guildhall.cpd.domain;

import java.util.random.RandomGenerator;

/** The audit sample as the institute sets it ({@code CpdSettings.AUDIT_SAMPLE_PERCENT} on the day of approval). */
public record CpdPolicy(int auditSamplePercent) {

    /** Whether an approved claim is drawn for audit: each with the configured chance, as PMI samples. */
    public boolean drawsForAudit(RandomGenerator random) {
        return random.nextInt(100) < auditSamplePercent;
    }
}
