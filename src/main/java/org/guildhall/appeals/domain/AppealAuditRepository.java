package org.guildhall.appeals.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppealAuditRepository extends JpaRepository<AppealAuditEntry, Long> {

    List<AppealAuditEntry> findByAppealIdOrderByRecordedAtAscIdAsc(long appealId);
}
