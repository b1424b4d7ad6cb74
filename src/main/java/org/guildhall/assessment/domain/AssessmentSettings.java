package org.guildhall.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The registrar's tunable rules for panels (one row, seeded by the migration). */
@Entity
@Table(name = "assessment_settings")
public class AssessmentSettings {

    @Id
    private int id;
    private int panelSize;
    private int daysToScore;
    private int disagreementSpread;

    protected AssessmentSettings() {
    }

    public int panelSize() {
        return panelSize;
    }

    public int daysToScore() {
        return daysToScore;
    }

    public int disagreementSpread() {
        return disagreementSpread;
    }
}
