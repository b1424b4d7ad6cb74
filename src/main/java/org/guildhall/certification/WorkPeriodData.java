package org.guildhall.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a candidate enters for one job of their work history, as the form holds it; blanks are allowed here and
 * judged by the domain, which refuses each problem on the component it concerns.
 *
 * @param current the candidate still works there: the job has no end date
 */
public record WorkPeriodData(@Nullable String employer, @Nullable String jobTitle, @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn, boolean current, @Nullable ExperienceKind kind, @Nullable String description) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String EMPLOYER = "employer";
    public static final String JOB_TITLE = "jobTitle";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    public static final String CURRENT = "current";
    public static final String KIND = "kind";
    public static final String DESCRIPTION = "description";
}
