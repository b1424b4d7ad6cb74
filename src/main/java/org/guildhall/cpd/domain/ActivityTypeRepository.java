package org.guildhall.cpd.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityTypeRepository extends JpaRepository<ActivityType, String> {

    List<ActivityType> findAllByOrderByCategoryAscSortOrderAsc();
}
