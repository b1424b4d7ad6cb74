package org.guildhall.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecondMarkingRepository extends JpaRepository<SecondMarking, Long> {

    List<SecondMarking> findByPanelId(long panelId);

    Optional<SecondMarking> findByPanelIdAndFlaggedAssessorAccountId(long panelId, long flaggedAssessorAccountId);

    List<SecondMarking> findByMarkerAccountIdAndConfirmedAtIsNull(long markerAccountId);
}
