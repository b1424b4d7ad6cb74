package org.guildhall.partners.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The credit one member took from one course, once, by claim code or roster: the CPD activity it recorded. */
@Entity
@Table(name = "course_credit")
public class CourseCredit {

    /** How the member came to be credited. */
    public enum Via {
        CODE, ROSTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private long accountId;

    private long activityId;

    @Enumerated(EnumType.STRING)
    private Via via;

    private Instant creditedAt;

    private String creditedBy;

    protected CourseCredit() {
    }

    public CourseCredit(long courseId, long accountId, long activityId, Via via, Instant now, String creditedBy) {
        this.courseId = courseId;
        this.accountId = accountId;
        this.activityId = activityId;
        this.via = via;
        this.creditedAt = now;
        this.creditedBy = creditedBy;
    }
}
