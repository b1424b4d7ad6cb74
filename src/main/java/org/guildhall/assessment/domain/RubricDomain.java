package org.guildhall.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the four competency domains (seed 004), seeded by the migration. */
@Entity
@Table(name = "rubric_domain")
public class RubricDomain {

    @Id
    private String code;
    private String name;
    private int position;

    protected RubricDomain() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
