package org.guildhall.certification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored document (documents module) a candidate gives as the certificate of one exam-route course. */
@Entity
@Table(name = "course_certificate")
public class CourseCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String courseCode;

    private UUID documentId;

    private Instant addedAt;

    protected CourseCertificate() {
    }

    public CourseCertificate(long accountId, String courseCode, UUID documentId, Instant addedAt) {
        this.accountId = accountId;
        this.courseCode = courseCode;
        this.documentId = documentId;
        this.addedAt = addedAt;
    }

    public String courseCode() {
        return courseCode;
    }

    public UUID documentId() {
        return documentId;
    }
}
