package org.guildhall.certification.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExperienceRouteOpeningRepository extends JpaRepository<ExperienceRouteOpening, Long> {

    boolean existsByAccountIdAndDesignationCode(long accountId, String designationCode);

    List<ExperienceRouteOpening> findByAccountId(long accountId);
}
