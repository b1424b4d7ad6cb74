package org.guildhall.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.DesignationSummary;

/** A designation of the catalogue (CCSP, CRMM, ...) and the CPD hours it requires in each cycle. */
@Entity
@Table(name = "designation")
public class Designation {

    @Id
    private String code;

    private String fullName;

    @Enumerated(EnumType.STRING)
    private DesignationLevel level;

    private int cpdHoursPerCycle;

    private int cycleYears;

    protected Designation() {
    }

    public DesignationSummary toSummary() {
        return new DesignationSummary(code, fullName, level, cpdHoursPerCycle, cycleYears);
    }
}
