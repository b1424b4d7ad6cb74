package org.guildhall.certification.domain;

import java.math.BigDecimal;
import java.util.Set;

import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationData;
import org.guildhall.certification.Route;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The admin's edit of a designation (issue 13, forms): no screen may save a designation nobody can earn or keep (a
 * name, at least one CPD credit a cycle, at least one route, no negative fee), and every problem is refused at once
 * on the field it concerns.
 */
class DesignationTest {

    @Test
    void an_edit_nobody_could_earn_is_refused_with_every_problem_on_its_field() {
        var nothing = new DesignationData(" ", 0, Set.of(), new BigDecimal("-1"), new BigDecimal("-0.01"), false);

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> new Designation().edit(nothing))
                .extracting(CertificationRefusedException::fieldProblems).asList()
                .extracting(problem -> ((FieldProblem) problem).field())
                .containsExactly(DesignationData.FULL_NAME, DesignationData.CPD_HOURS_PER_CYCLE,
                        DesignationData.ROUTES_OFFERED, DesignationData.EXAM_FEE, DesignationData.RENEWAL_FEE);
    }

    @Test
    void a_name_longer_than_the_catalogue_holds_is_refused_on_the_name() {
        var longName = new DesignationData("x".repeat(Designation.MAX_NAME_LENGTH + 1), 30, Set.of(Route.EXAM),
                BigDecimal.ZERO, BigDecimal.ZERO, false);

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> new Designation().edit(longName))
                .extracting(CertificationRefusedException::fieldProblems).asList()
                .extracting(problem -> ((FieldProblem) problem).field())
                .containsExactly(DesignationData.FULL_NAME);
    }
}
