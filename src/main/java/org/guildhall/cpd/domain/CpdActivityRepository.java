package org.guildhall.cpd.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.guildhall.cpd.CpdActivityStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CpdActivityRepository extends JpaRepository<CpdActivity, Long> {

    /** With their evidence in the same query: My CPD shows it for every activity (issue 15). */
    @Query("""
            select a from CpdActivity a left join fetch a.evidence
            where a.accountId = :accountId order by a.endsOn desc, a.id desc""")
    List<CpdActivity> findByAccountIdOrderByEndsOnDescIdDesc(long accountId);

    /**
     * The holders' activities in these statuses with only what a tally weighs, for the compliance walk over every
     * current certification: read from one index without touching the rows (V62).
     */
    @Query("""
            select new org.guildhall.cpd.domain.WeighedActivity(a.accountId, a.id, a.category, a.activityType,
                a.endsOn, a.hours, a.excludedHours, a.status)
            from CpdActivity a where a.accountId in :accountIds and a.status in :statuses""")
    List<WeighedActivity> weighedOf(Collection<Long> accountIds, Collection<CpdActivityStatus> statuses);

    Optional<CpdActivity> findBySourceKey(String sourceKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CpdActivity a where a.id = :id")
    Optional<CpdActivity> lockById(long id);

    /** Audits still asked for whose deadline is on or before {@code by}; the reminded ones only if asked. */
    @Query("""
            select a.id from CpdActivity a
            where a.status = org.guildhall.cpd.CpdActivityStatus.AUDIT_REQUESTED and a.auditDueOn <= :by
              and (:includeReminded = true or a.auditRemindedAt is null)
            order by a.auditDueOn, a.id""")
    List<Long> findOpenAuditsDueBy(LocalDate by, boolean includeReminded);

    @Query("select count(a) > 0 from CpdActivity a join a.evidence e where e = :documentId")
    boolean isEvidence(UUID documentId);

    /** The activities (drafts aside) holding any of these documents as evidence, as [activity, document] pairs. */
    @Query("select a, e from CpdActivity a join a.evidence e where e in :documentIds"
            + " and a.status <> org.guildhall.cpd.CpdActivityStatus.DRAFT")
    List<Object[]> holdingEvidence(Collection<UUID> documentIds);
}
