package org.guildhall.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Long> {

    Optional<Score> findByPanelIdAndAssessorAccountId(long panelId, long assessorAccountId);

    List<Score> findByPanelId(long panelId);
}
