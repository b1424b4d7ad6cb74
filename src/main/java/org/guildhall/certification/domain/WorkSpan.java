package org.guildhall.certification.domain;

import java.time.LocalDate;

import org.guildhall.certification.CertificationRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * The days of one job, both ends included; an open end means "until today". Checks itself: a job cannot end before
 * it starts, and neither end may lie in the future, since experience is only counted once it has been gained.
 */
public record WorkSpan(LocalDate startsOn, @Nullable LocalDate endsOn) {

    public static WorkSpan checked(LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate today) {
        if (startsOn.isAfter(today)) {
            throw new CertificationRefusedException("The start date is in the future; record a job once you have "
                    + "started it.");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new CertificationRefusedException("The end date is before the start date.");
        }
        if (endsOn != null && endsOn.isAfter(today)) {
            throw new CertificationRefusedException("The end date is in the future; leave it empty while you still "
                    + "work there.");
        }
        return new WorkSpan(startsOn, endsOn);
    }

    /** The day after the last day counted: the end, or today for a current job. */
    LocalDate endExclusive(LocalDate today) {
        return (endsOn == null ? today : endsOn).plusDays(1);
    }
}
