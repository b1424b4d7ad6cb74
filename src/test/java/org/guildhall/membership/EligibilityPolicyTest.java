package org.guildhall.membership;

import java.util.EnumSet;
import java.util.Set;

import org.guildhall.shared.Text;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000, rule line by rule line, and the precedence that makes Customer Service Professional the fallback. */
class EligibilityPolicyTest {

    private static final EligibilityAnswers NOTHING = EligibilityAnswers.none();

    @Nested
    class Student {
        private final EligibilityAnswers partTimeStudent = with(StudyMode.PART_TIME, false, false, false, false,
                false, false, false);

        @Test
        void a_full_or_part_time_student_never_licensed_without_a_bachelors_degree_qualifies() {
            assertThat(EligibilityPolicy.student(partTimeStudent).qualifies()).isTrue();
            assertThat(EligibilityPolicy.student(with(StudyMode.FULL_TIME, false, false, false, false, false, false,
                    false)).qualifies()).isTrue();
        }

        @Test
        void someone_not_studying_does_not_qualify_and_is_told_so() {
            assertThat(EligibilityPolicy.student(NOTHING).unmetConditions().stream().map(Text::english).toList())
                    .containsExactly("you must be a full- or part-time student, and you are not studying");
        }

        @Test
        void a_student_who_was_ever_a_licensed_crm_does_not_qualify() {
            var licensed = with(StudyMode.FULL_TIME, false, false, true, false, false, false, false);
            assertThat(EligibilityPolicy.student(licensed).unmetConditions().stream().map(Text::english).toList())
                    .containsExactly(EligibilityPolicy.NEVER_LICENSED.english());
        }

        @Test
        void a_student_who_holds_a_bachelors_degree_does_not_qualify() {
            var graduate = with(StudyMode.PART_TIME, false, true, false, false, false, false, false);
            assertThat(EligibilityPolicy.student(graduate).unmetConditions().stream().map(Text::english).toList())
                    .containsExactly("you must not yet hold a bachelor’s degree, and you hold one");
        }
    }

    @Nested
    class Candidate {
        @Test
        void a_degree_student_never_licensed_pursuing_the_institutes_pathway_qualifies() {
            var candidate = with(StudyMode.FULL_TIME, true, false, false, true, false, false, false);
            assertThat(EligibilityPolicy.candidate(candidate).qualifies()).isTrue();
        }

        @Test
        void not_being_enrolled_in_a_degree_and_not_pursuing_the_pathway_are_both_explained() {
            assertThat(EligibilityPolicy.candidate(NOTHING).unmetConditions().stream().map(Text::english).toList()).containsExactly(
                    "you must be enrolled in a degree programme, and you are not",
                    "you must be pursuing the pathway to licensure through the institute, and you are not");
        }

        @Test
        void a_former_licensed_crm_cannot_be_a_candidate() {
            var licensed = with(StudyMode.FULL_TIME, true, false, true, true, false, false, false);
            assertThat(EligibilityPolicy.candidate(licensed).unmetConditions().stream().map(Text::english).toList())
                    .containsExactly(EligibilityPolicy.NEVER_LICENSED.english());
        }
    }

    @Nested
    class Associate {
        @Test
        void each_of_the_three_grounds_alone_qualifies_subject_to_two_sponsors() {
            var foreignLicensee = with(StudyMode.NOT_STUDYING, false, false, false, false, true, false, false);
            var committee = with(StudyMode.NOT_STUDYING, false, false, false, false, false, true, false);
            var banking = with(StudyMode.NOT_STUDYING, false, false, false, false, false, false, true);
            for (var answers : new EligibilityAnswers[] {foreignLicensee, committee, banking}) {
                var verdict = EligibilityPolicy.associate(answers);
                assertThat(verdict.qualifies()).isTrue();
                assertThat(verdict.provisos().stream().map(Text::english).toList()).singleElement().asString().contains("two members");
            }
        }

        @Test
        void without_any_ground_the_applicant_is_told_which_grounds_exist() {
            assertThat(EligibilityPolicy.associate(NOTHING).unmetConditions().stream().map(Text::english).toList()).singleElement().asString()
                    .startsWith("you need one of: a foreign CRM licence")
                    .endsWith("none of them applies to you");
        }
    }

    @Nested
    class CustomerServiceProfessional {
        private final EligibilityAnswers callCentreGraduate = new EligibilityAnswers(StudyMode.NOT_STUDYING, false,
                true, false, false, false, false, false, EnumSet.of(EmploymentSituation.BPO_CALL_CENTRE));

        @Test
        void a_graduate_never_licensed_in_one_of_the_employment_situations_qualifies() {
            assertThat(EligibilityPolicy.qualifyingCategories(callCentreGraduate))
                    .containsExactly(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        }

        @Test
        void each_employment_situation_alone_is_enough() {
            for (var situation : EmploymentSituation.values()) {
                var answers = new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false, false, false,
                        false, Set.of(situation));
                assertThat(EligibilityPolicy.qualifyingCategories(answers))
                        .containsExactly(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
            }
        }

        @Test
        void no_degree_no_employment_and_a_licence_are_each_explained() {
            var licensed = with(StudyMode.NOT_STUDYING, false, false, true, false, false, false, false);
            assertThat(verdictFor(licensed, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL).unmetConditions().stream().map(Text::english).toList())
                    .hasSize(3)
                    .contains(EligibilityPolicy.NEVER_LICENSED.english(), "you must hold a bachelor’s degree, and you do not")
                    .anySatisfy(reason -> assertThat(reason).startsWith("you need one of these employment situations"));
        }

        @Test
        void qualifying_as_associate_takes_precedence_over_direct_membership() {
            var bankingGraduate = new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false, false,
                    false, true, Set.of(EmploymentSituation.CLIENT_SERVICE_PROFESSIONAL));

            assertThat(EligibilityPolicy.qualifyingCategories(bankingGraduate))
                    .containsExactly(MembershipCategory.ASSOCIATE);
            assertThat(verdictFor(bankingGraduate, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL)
                    .unmetConditions().stream().map(Text::english).toList()).containsExactly(
                    "this category is for those who qualify for no other, and you qualify as Associate");
        }

        @Test
        void qualifying_as_candidate_takes_precedence_too() {
            var graduateOnPathway = new EligibilityAnswers(StudyMode.PART_TIME, true, true, false, true, false,
                    false, false, Set.of(EmploymentSituation.SERVICE_FIRM_PROFESSIONAL));

            assertThat(EligibilityPolicy.qualifyingCategories(graduateOnPathway))
                    .containsExactly(MembershipCategory.CANDIDATE);
        }
    }

    @Test
    void every_category_gets_a_verdict_in_the_institutes_order() {
        assertThat(EligibilityPolicy.evaluate(NOTHING)).extracting(CategoryVerdict::category)
                .containsExactly(MembershipCategory.values());
        assertThat(EligibilityPolicy.qualifyingCategories(NOTHING)).isEmpty();
    }

    private static CategoryVerdict verdictFor(EligibilityAnswers answers, MembershipCategory category) {
        return EligibilityPolicy.evaluate(answers).stream().filter(v -> v.category() == category).findFirst()
                .orElseThrow();
    }

    private static EligibilityAnswers with(StudyMode study, boolean degreeProgramme, boolean bachelors,
            boolean everLicensed, boolean pathway, boolean foreignLicence, boolean committee, boolean banking) {
        return new EligibilityAnswers(study, degreeProgramme, bachelors, everLicensed, pathway, foreignLicence,
                committee, banking, Set.of());
    }
}
