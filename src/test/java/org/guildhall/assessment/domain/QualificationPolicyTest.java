package org.guildhall.assessment.domain;

import java.util.List;

import org.guildhall.assessment.domain.QualificationPolicy.Held;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: an assessor judges a designation they hold, or one below a manager-level designation they hold, or
 * one the registrar qualified them for; nobody else.
 */
class QualificationPolicyTest {

    private static final Held CCSM = new Held("CCSM", DesignationLevel.MANAGER);
    private static final Held CCSP = new Held("CCSP", DesignationLevel.PROFESSIONAL);

    @Test
    void holding_the_designation_qualifies() {
        assertThat(QualificationPolicy.qualifiedBy("CCSM", DesignationLevel.MANAGER, List.of(CCSP, CCSM), false))
                .contains(Text.of("assessment.qualification.holds", "CCSM"));
    }

    @Test
    void a_manager_level_designation_qualifies_for_designations_below_manager_level() {
        assertThat(QualificationPolicy.qualifiedBy("CRMS", DesignationLevel.SPECIALIST, List.of(CCSM), false))
                .contains(Text.of("assessment.qualification.holds-manager", "CCSM"));
    }

    @Test
    void another_manager_designation_is_not_higher_than_a_manager_designation() {
        assertThat(QualificationPolicy.qualifiedBy("CCEM", DesignationLevel.MANAGER, List.of(CCSM), false))
                .isEmpty();
    }

    @Test
    void a_lower_designation_does_not_qualify() {
        assertThat(QualificationPolicy.qualifiedBy("CCSM", DesignationLevel.MANAGER, List.of(CCSP), false))
                .isEmpty();
        assertThat(QualificationPolicy.qualifiedBy("CCES", DesignationLevel.SPECIALIST, List.of(CCSP), false))
                .isEmpty();
    }

    @Test
    void the_registrars_qualification_qualifies_whatever_is_held() {
        assertThat(QualificationPolicy.qualifiedBy("CCEM", DesignationLevel.MANAGER, List.of(), true))
                .contains(Text.of("assessment.qualification.by-registrar", "CCEM"));
    }
}
