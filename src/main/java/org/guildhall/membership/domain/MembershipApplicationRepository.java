package org.guildhall.membership.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.MembershipCategory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    Optional<MembershipApplication> findByApplicantAccountId(long applicantAccountId);

    @Query("""
            select a from MembershipApplication a
            where a.status in :statuses
              and (:category is null or a.category = :category)
              and (:submittedBefore is null or a.submittedAt < :submittedBefore)
            """)
    Page<MembershipApplication> queue(Collection<ApplicationStatus> statuses, MembershipCategory category,
            Instant submittedBefore, Pageable pageable);
}
