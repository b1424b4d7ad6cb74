package org.guildhall.certification.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPeriodRepository extends JpaRepository<WorkPeriod, Long> {

    List<WorkPeriod> findByAccountIdOrderByStartsOnDesc(long accountId);

    List<WorkPeriod> findByAccountIdIn(Collection<Long> accountIds);
}
