package org.guildhall.events.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PointsEntryRepository extends JpaRepository<PointsEntry, Long> {

    List<PointsEntry> findByAccountIdOrderByEarnedOnDescIdDesc(long accountId);

    Optional<PointsEntry> findBySourceKey(String sourceKey);

    boolean existsBySourceKey(String sourceKey);
}
