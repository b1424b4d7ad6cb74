package org.guildhall.certification.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.Route;

/**
 * A designation of the catalogue (CCSP, CRMM, ...): the CPD hours it requires in each cycle, the routes that lead
 * to it and its fees. Admins tune these; awarded certifications keep their own copy of what applied.
 */
@Entity
@Table(name = "designation")
public class Designation {

    @Id
    private String code;

    @Version
    private long version;

    private String fullName;

    @Enumerated(EnumType.STRING)
    private DesignationLevel level;

    private int cpdHoursPerCycle;

    private int cycleYears;

    private boolean examRouteOffered;

    private boolean experienceRouteOffered;

    private BigDecimal examFee;

    private BigDecimal renewalFee;

    private boolean recertificationEssayRequired;

    protected Designation() {
    }

    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    public int cpdHoursPerCycle() {
        return cpdHoursPerCycle;
    }

    public int cycleYears() {
        return cycleYears;
    }

    public Set<Route> routesOffered() {
        var routes = EnumSet.noneOf(Route.class);
        if (examRouteOffered) {
            routes.add(Route.EXAM);
        }
        if (experienceRouteOffered) {
            routes.add(Route.EXPERIENCE);
        }
        return routes;
    }

    public DesignationSummary toSummary() {
        return new DesignationSummary(code, fullName, level, cpdHoursPerCycle, cycleYears, routesOffered(), examFee,
                renewalFee, recertificationEssayRequired);
    }
}
