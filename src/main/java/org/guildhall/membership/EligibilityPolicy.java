package org.guildhall.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.guildhall.shared.Text;

/**
 * The membership eligibility rules of seed 000, one method per category, each condition checked and explained.
 * Customer Service Professional is the fallback category: it applies only to someone who qualifies for none of
 * Student, Candidate or Associate.
 */
public final class EligibilityPolicy {

    static final Text NEVER_LICENSED = Text.of("membership.eligibility.never-licensed");

    private EligibilityPolicy() {
    }

    /** A verdict for every category, in the institute's order. */
    public static List<CategoryVerdict> evaluate(EligibilityAnswers answers) {
        var student = student(answers);
        var candidate = candidate(answers);
        var associate = associate(answers);
        return List.of(student, candidate, associate, customerServiceProfessional(answers, student, candidate,
                associate));
    }

    /** The categories the answers qualify for, for an application form to offer. */
    public static List<MembershipCategory> qualifyingCategories(EligibilityAnswers answers) {
        return evaluate(answers).stream().filter(CategoryVerdict::qualifies).map(CategoryVerdict::category).toList();
    }

    /** Student: a full- or part-time student, never a licensed CRM, no bachelor's degree. */
    static CategoryVerdict student(EligibilityAnswers answers) {
        var unmet = new ArrayList<Text>();
        if (!answers.studyMode().isStudying()) {
            unmet.add(Text.of("membership.eligibility.student.studying"));
        }
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (answers.holdsBachelorsDegree()) {
            unmet.add(Text.of("membership.eligibility.student.no-degree"));
        }
        return new CategoryVerdict(MembershipCategory.STUDENT, unmet, List.of());
    }

    /** Candidate: undergoing a degree, never a licensed CRM, pursuing the pathway to licensure via the institute. */
    static CategoryVerdict candidate(EligibilityAnswers answers) {
        var unmet = new ArrayList<Text>();
        if (!answers.enrolledInDegreeProgramme()) {
            unmet.add(Text.of("membership.eligibility.candidate.degree-programme"));
        }
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (!answers.pursuingInstitutePathway()) {
            unmet.add(Text.of("membership.eligibility.candidate.pathway"));
        }
        return new CategoryVerdict(MembershipCategory.CANDIDATE, unmet, List.of());
    }

    /** Associate: any one of three grounds, and two member sponsors (nominated with the application). */
    static CategoryVerdict associate(EligibilityAnswers answers) {
        boolean anyGround = answers.holdsForeignCrmLicence() || answers.servesOnCommitteeAsCrmApplicant()
                || answers.worksInConsultingLegalGovernmentOrBanking();
        List<Text> unmet = anyGround ? List.of() : List.of(Text.of("membership.eligibility.associate.grounds"));
        return new CategoryVerdict(MembershipCategory.ASSOCIATE, unmet,
                List.of(Text.of("membership.eligibility.associate.sponsors")));
    }

    /**
     * Customer Service Professional: never a licensed CRM, a bachelor's degree, any one of the four employment
     * criteria, and not qualifying as Student, Candidate or Associate.
     */
    static CategoryVerdict customerServiceProfessional(EligibilityAnswers answers, CategoryVerdict... others) {
        var unmet = new ArrayList<Text>();
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (!answers.holdsBachelorsDegree()) {
            unmet.add(Text.of("membership.eligibility.professional.degree"));
        }
        if (answers.employment().isEmpty()) {
            unmet.add(Text.of("membership.eligibility.professional.employment",
                    EligibilityAnswers.listed("membership.list.semicolons", Arrays.stream(EmploymentSituation.values())
                            .map(situation -> Text.of(situation.key())).toList())));
        }
        var preceding = Arrays.stream(others).filter(CategoryVerdict::qualifies)
                .map(verdict -> Text.of(verdict.category().key())).toList();
        if (!preceding.isEmpty()) {
            unmet.add(Text.of("membership.eligibility.professional.no-other",
                    EligibilityAnswers.listed("membership.list.and", preceding)));
        }
        return new CategoryVerdict(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, unmet, List.of());
    }
}
