package org.guildhall.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One topic the exam tests (seed 003), reference data. */
@Entity
@Table(name = "exam_syllabus_topic")
public class SyllabusTopic {

    @Id
    private int position;

    private String title;

    protected SyllabusTopic() {
    }

    public String title() {
        return title;
    }
}
