package org.guildhall.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A criterion of a competency domain, seeded by the migration. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

    @Id
    private long id;
    private String domainCode;
    private int position;
    private String text;

    protected RubricCriterion() {
    }

    public long id() {
        return id;
    }

    public String domainCode() {
        return domainCode;
    }

    public String text() {
        return text;
    }
}
