package org.guildhall.certification.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseCertificateRepository extends JpaRepository<CourseCertificate, Long> {

    List<CourseCertificate> findByAccountIdOrderByAddedAt(long accountId);

    List<CourseCertificate> findByAccountIdAndCourseCode(long accountId, String courseCode);

    boolean existsByDocumentId(UUID documentId);
}
