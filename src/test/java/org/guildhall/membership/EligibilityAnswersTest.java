package org.guildhall.membership;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityAnswersTest {

    @Test
    void the_answers_read_as_one_line_per_question_for_registrars_and_sponsors() {
        var answers = new EligibilityAnswers(StudyMode.PART_TIME, true, false, false, true, false, false, false,
                Set.of(EmploymentSituation.BPO_CALL_CENTRE));

        assertThat(answers.inWords()).hasSize(9).contains("Studying: part-time",
                "Enrolled in a degree programme: yes", "Holds a foreign CRM licence: no",
                "Employment: a BPO, call agent or call centre professional");
    }
}
