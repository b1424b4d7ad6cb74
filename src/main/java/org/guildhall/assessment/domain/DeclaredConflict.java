package org.guildhall.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone (an assessor or a candidate) declared they should not be put together with another person. */
@Entity
@Table(name = "declared_conflict")
public class DeclaredConflict {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long declaredByAccountId;
    private long otherAccountId;
    private String reason;
    private Instant declaredAt;

    protected DeclaredConflict() {
    }

    public DeclaredConflict(long declaredByAccountId, long otherAccountId, String reason, Instant declaredAt) {
        this.declaredByAccountId = declaredByAccountId;
        this.otherAccountId = otherAccountId;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public long declaredByAccountId() {
        return declaredByAccountId;
    }

    public long otherAccountId() {
        return otherAccountId;
    }

    public String reason() {
        return reason;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    /** The person on the other side of this declaration from {@code accountId}. */
    public long counterpartOf(long accountId) {
        return declaredByAccountId == accountId ? otherAccountId : declaredByAccountId;
    }
}
