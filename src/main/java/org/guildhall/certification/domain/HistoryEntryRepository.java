package org.guildhall.certification.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByCertificationIdOrderByHappenedAtAscIdAsc(long certificationId);
}
