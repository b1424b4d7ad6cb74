package org.guildhall.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.certification.ExamCourse;

/** A course of the exam route's preparation (seed 003), reference data. */
@Entity
@Table(name = "exam_course")
public class Course {

    @Id
    private String code;

    private String name;

    private boolean required;

    private int position;

    protected Course() {
    }

    public ExamCourse toView() {
        return new ExamCourse(code, name, required);
    }
}
