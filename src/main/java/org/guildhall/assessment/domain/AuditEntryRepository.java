package org.guildhall.assessment.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: the history has no update or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByPanelIdOrderByRecordedAtAscIdAsc(long panelId);
}
