package org.guildhall.assessment.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessorQualificationRepository extends JpaRepository<AssessorQualification, Long> {

    List<AssessorQualification> findByDesignationCodeAndAssessorAccountIdIn(String designationCode,
            Collection<Long> assessorAccountIds);

    List<AssessorQualification> findAllByOrderByQualifiedAtDesc();

    boolean existsByAssessorAccountIdAndDesignationCode(long assessorAccountId, String designationCode);
}
