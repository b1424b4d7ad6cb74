package org.guildhall.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.guildhall.privacy.ExportStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalDataExportRepository extends JpaRepository<PersonalDataExport, Long> {

    Optional<PersonalDataExport> findFirstByAccountIdOrderByRequestedAtDescIdDesc(long accountId);

    List<PersonalDataExport> findByStatusOrderByRequestedAt(ExportStatus status);

    List<PersonalDataExport> findByStatusAndExpiresAtLessThanEqual(ExportStatus status, Instant now);
}
