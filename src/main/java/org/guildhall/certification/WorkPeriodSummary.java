package org.guildhall.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a candidate's work history.
 *
 * @param endsOn the last day worked there, or null while the candidate still works there
 */
public record WorkPeriodSummary(long id, String employer, String jobTitle, LocalDate startsOn, @Nullable LocalDate endsOn,
        ExperienceKind kind, String description) {

    public boolean isCurrent() {
        return endsOn == null;
    }
}
