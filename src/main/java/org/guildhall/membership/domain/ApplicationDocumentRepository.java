package org.guildhall.membership.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDocumentRepository extends JpaRepository<ApplicationDocument, ApplicationDocument.Key> {

    List<ApplicationDocument> findByApplicationIdOrderByAttachedAtAsc(long applicationId);

    boolean existsByDocumentId(UUID documentId);
}
