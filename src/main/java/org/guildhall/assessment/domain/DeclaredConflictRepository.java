package org.guildhall.assessment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeclaredConflictRepository extends JpaRepository<DeclaredConflict, Long> {

    /** Declarations either made by or about the account. */
    @Query("select d from DeclaredConflict d where d.declaredByAccountId = :accountId or d.otherAccountId = :accountId")
    List<DeclaredConflict> involving(long accountId);

    List<DeclaredConflict> findByDeclaredByAccountIdOrderByDeclaredAtDesc(long accountId);

    boolean existsByDeclaredByAccountIdAndOtherAccountId(long declaredBy, long other);
}
