package org.guildhall.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.WorkPeriodData;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** A job of the work history is checked at once: experience counts only once gained, each problem on its field. */
class WorkPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void every_problem_of_a_job_is_refused_at_once_on_its_field() {
        var entry = new WorkPeriodData(" ", "x".repeat(WorkPeriod.MAX_NAME_LENGTH + 1), TODAY.plusDays(1), null,
                false, null, "Ran the contact centre.");
        var refused = catchThrowableOfType(CertificationRefusedException.class, () -> WorkPeriod.of(1, entry, TODAY));
        assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactly(WorkPeriodData.EMPLOYER,
                WorkPeriodData.JOB_TITLE, WorkPeriodData.STARTS_ON, WorkPeriodData.ENDS_ON, WorkPeriodData.KIND);
    }

    @Test
    void a_current_job_has_no_end_and_an_end_in_the_future_is_refused() {
        var current = new WorkPeriodData("Lumen Care", "Team Leader", TODAY.minusYears(1), TODAY.plusDays(3), true,
                ExperienceKind.CUSTOMER_SERVICE_ROLE, "Led the team.");
        assertThat(WorkPeriod.of(1, current, TODAY).span().endsOn()).isNull();

        var ended = new WorkPeriodData("Lumen Care", "Team Leader", TODAY.minusYears(1), TODAY.plusDays(3), false,
                ExperienceKind.CUSTOMER_SERVICE_ROLE, "Led the team.");
        assertThat(catchThrowableOfType(CertificationRefusedException.class, () -> WorkPeriod.of(1, ended, TODAY))
                .fieldProblems()).extracting(FieldProblem::field).containsExactly(WorkPeriodData.ENDS_ON);
    }
}
