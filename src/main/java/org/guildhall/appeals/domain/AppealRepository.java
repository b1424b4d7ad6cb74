package org.guildhall.appeals.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.guildhall.appeals.AppealKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppealRepository extends JpaRepository<Appeal, Long> {

    boolean existsByKindAndDecisionId(AppealKind kind, long decisionId);

    List<Appeal> findByAppellantAccountIdOrderByLodgedAtDesc(long appellantAccountId);

    /** Open appeals first (oldest lodged first), then decided ones. */
    @Query("""
            select a from Appeal a order by case when a.status = org.guildhall.appeals.AppealStatus.DECIDED
            then 1 else 0 end, a.lodgedAt""")
    List<Appeal> queue();

    @Query("select a from Appeal a join a.panel p where p = :assessorId order by a.lodgedAt")
    List<Appeal> seatedOn(long assessorId);

    List<Appeal> findByKindAndDecisionIdIn(AppealKind kind, Collection<Long> decisionIds);

    @Query("select a from Appeal a join a.documents d where d = :documentId")
    List<Appeal> holding(UUID documentId);
}
