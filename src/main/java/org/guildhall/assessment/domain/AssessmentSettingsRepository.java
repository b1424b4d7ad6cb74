package org.guildhall.assessment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentSettingsRepository extends JpaRepository<AssessmentSettings, Integer> {

    default AssessmentSettings current() {
        return findById(1).orElseThrow(() -> new IllegalStateException("assessment_settings has no row"));
    }
}
