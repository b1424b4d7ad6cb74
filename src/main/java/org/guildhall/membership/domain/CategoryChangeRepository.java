package org.guildhall.membership.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CategoryChangeRepository extends JpaRepository<CategoryChange, Long> {

    List<CategoryChange> findByAccountIdOrderBySubmittedAtDesc(long accountId);

    boolean existsByAccountIdAndStatus(long accountId, CategoryChange.Status status);

    List<CategoryChange> findByStatusOrderBySubmittedAtAsc(CategoryChange.Status status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CategoryChange c where c.id = :id")
    Optional<CategoryChange> lockById(long id);

    @Query("select count(c) > 0 from CategoryChange c join c.documentIds d where d = :documentId")
    boolean existsByDocumentId(UUID documentId);
}
