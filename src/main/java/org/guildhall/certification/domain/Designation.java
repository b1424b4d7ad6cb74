package org.guildhall.certification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationData;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.Route;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;

/**
 * A designation of the catalogue (CCSP, CRMM, ...): the CPD hours it requires in each cycle, the routes that lead
 * to it and its fees. Admins tune these; awarded certifications keep their own copy of what applied.
 */
@Entity
@Table(name = "designation")
public class Designation {

    public static final int MAX_NAME_LENGTH = 120;

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

    private int experienceRouteYears;

    private int examRouteYears;

    private int examPassMark;

    protected Designation() {
    }

    /**
     * The admin's edit of the catalogue entry. Checked here so no screen can save a designation nobody can earn or
     * keep; awarded certifications keep what applied when their cycle began.
     */
    public void edit(DesignationData edit) {
        var problems = new ArrayList<FieldProblem>();
        if (edit.fullName().isBlank() || edit.fullName().strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(DesignationData.FULL_NAME,
                    Text.of("certification.designation.full-name", MAX_NAME_LENGTH)));
        }
        if (edit.cpdHoursPerCycle() < 1) {
            problems.add(new FieldProblem(DesignationData.CPD_HOURS_PER_CYCLE,
                    "certification.designation.credits"));
        }
        if (edit.routesOffered().isEmpty()) {
            problems.add(new FieldProblem(DesignationData.ROUTES_OFFERED,
                    "certification.designation.routes"));
        }
        if (edit.examFee().signum() < 0) {
            problems.add(new FieldProblem(DesignationData.EXAM_FEE, "certification.designation.fee"));
        }
        if (edit.renewalFee().signum() < 0) {
            problems.add(new FieldProblem(DesignationData.RENEWAL_FEE, "certification.designation.fee"));
        }
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        this.fullName = edit.fullName().strip();
        this.cpdHoursPerCycle = edit.cpdHoursPerCycle();
        this.examRouteOffered = edit.routesOffered().contains(Route.EXAM);
        this.experienceRouteOffered = edit.routesOffered().contains(Route.EXPERIENCE);
        this.examFee = edit.examFee();
        this.renewalFee = edit.renewalFee();
        this.recertificationEssayRequired = edit.recertificationEssayRequired();
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

    public BigDecimal examFee() {
        return examFee;
    }

    public int experienceRouteYears() {
        return experienceRouteYears;
    }

    public int examRouteYears() {
        return examRouteYears;
    }

    public int examPassMark() {
        return examPassMark;
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
        // Unmodifiable: the catalogue shares its summaries between requests (DesignationCatalogue).
        return new DesignationSummary(code, fullName, level, cpdHoursPerCycle, cycleYears,
                Collections.unmodifiableSet(routesOffered()), examFee,
                renewalFee, recertificationEssayRequired, experienceRouteYears, examRouteYears, examPassMark);
    }
}
