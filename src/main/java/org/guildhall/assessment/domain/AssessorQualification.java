package org.guildhall.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The registrar qualified an assessor to judge a designation they do not hold: who, when and why. */
@Entity
@Table(name = "assessor_qualification")
public class AssessorQualification {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assessorAccountId;
    private String designationCode;
    private long qualifiedByAccountId;
    private Instant qualifiedAt;
    private String note;

    protected AssessorQualification() {
    }

    public AssessorQualification(long assessorAccountId, String designationCode, long qualifiedByAccountId,
            Instant qualifiedAt, String note) {
        this.assessorAccountId = assessorAccountId;
        this.designationCode = designationCode;
        this.qualifiedByAccountId = qualifiedByAccountId;
        this.qualifiedAt = qualifiedAt;
        this.note = note;
    }

    public long assessorAccountId() {
        return assessorAccountId;
    }

    public String designationCode() {
        return designationCode;
    }

    public long qualifiedByAccountId() {
        return qualifiedByAccountId;
    }

    public Instant qualifiedAt() {
        return qualifiedAt;
    }

    public String note() {
        return note;
    }
}
