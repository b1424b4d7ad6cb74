package org.guildhall.partners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApprovedCourseRepository extends JpaRepository<ApprovedCourse, Long> {

    Optional<ApprovedCourse> findByClaimCode(String claimCode);

    boolean existsByClaimCode(String claimCode);

    /** Holds the course while its roster is applied, so one roster is applied at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ApprovedCourse c where c.id = :id")
    Optional<ApprovedCourse> lockById(long id);

    /** Most recently valid first. */
    List<ApprovedCourse> findAllByOrderByValidToDescIdDesc();

    List<ApprovedCourse> findByPartnerIdInOrderByValidToDescIdDesc(Collection<Long> partnerIds);
}
