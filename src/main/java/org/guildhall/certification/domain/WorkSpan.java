package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.WorkPeriodData;
import org.guildhall.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The days of one job, both ends included; an open end means "until today". Checks itself: a job cannot end before
 * it starts, and neither end may lie in the future, since experience is only counted once it has been gained.
 */
public record WorkSpan(LocalDate startsOn, @Nullable LocalDate endsOn) {

    public static WorkSpan checked(LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        check(problems, startsOn, endsOn, today);
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        return new WorkSpan(startsOn, endsOn);
    }

    /** Adds each problem of the dates, on the {@link WorkPeriodData} component it concerns. */
    static void check(List<FieldProblem> problems, LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate today) {
        if (startsOn.isAfter(today)) {
            problems.add(new FieldProblem(WorkPeriodData.STARTS_ON, "certification.work.start-in-future"));
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem(WorkPeriodData.ENDS_ON, "certification.work.end-before-start"));
        } else if (endsOn != null && endsOn.isAfter(today)) {
            problems.add(new FieldProblem(WorkPeriodData.ENDS_ON, "certification.work.end-in-future"));
        }
    }

    /** The day after the last day counted: the end, or today for a current job. */
    LocalDate endExclusive(LocalDate today) {
        return (endsOn == null ? today : endsOn).plusDays(1);
    }
}
