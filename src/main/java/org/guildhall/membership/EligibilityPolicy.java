package org.guildhall.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The membership eligibility rules of seed 000, one method per category, each condition checked and explained.
 * Customer Service Professional is the fallback category: it applies only to someone who qualifies for none of
 * Student, Candidate or Associate.
 */
public final class EligibilityPolicy {

    static final String NEVER_LICENSED = "you must never have been a licensed CRM, and you have been one";

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
        var unmet = new ArrayList<String>();
        if (!answers.studyMode().isStudying()) {
            unmet.add("you must be a full- or part-time student, and you are not studying");
        }
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (answers.holdsBachelorsDegree()) {
            unmet.add("you must not yet hold a bachelor's degree, and you hold one");
        }
        return new CategoryVerdict(MembershipCategory.STUDENT, unmet, List.of());
    }

    /** Candidate: undergoing a degree, never a licensed CRM, pursuing the pathway to licensure via the institute. */
    static CategoryVerdict candidate(EligibilityAnswers answers) {
        var unmet = new ArrayList<String>();
        if (!answers.enrolledInDegreeProgramme()) {
            unmet.add("you must be enrolled in a degree programme, and you are not");
        }
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (!answers.pursuingInstitutePathway()) {
            unmet.add("you must be pursuing the pathway to licensure through the institute, and you are not");
        }
        return new CategoryVerdict(MembershipCategory.CANDIDATE, unmet, List.of());
    }

    /** Associate: any one of three grounds, and two member sponsors (nominated with the application). */
    static CategoryVerdict associate(EligibilityAnswers answers) {
        boolean anyGround = answers.holdsForeignCrmLicence() || answers.servesOnCommitteeAsCrmApplicant()
                || answers.worksInConsultingLegalGovernmentOrBanking();
        List<String> unmet = anyGround ? List.of() : List.of("you need one of: a foreign CRM licence; serving on a "
                + "public, private or chapter committee as a CRM applicant; working in consulting, legal, government "
                + "or banking services — none of them applies to you");
        return new CategoryVerdict(MembershipCategory.ASSOCIATE, unmet,
                List.of("two members of the institute in good standing must sponsor your application"));
    }

    /**
     * Customer Service Professional: never a licensed CRM, a bachelor's degree, any one of the four employment
     * criteria, and not qualifying as Student, Candidate or Associate.
     */
    static CategoryVerdict customerServiceProfessional(EligibilityAnswers answers, CategoryVerdict... others) {
        var unmet = new ArrayList<String>();
        if (answers.everLicensedCrm()) {
            unmet.add(NEVER_LICENSED);
        }
        if (!answers.holdsBachelorsDegree()) {
            unmet.add("you must hold a bachelor's degree, and you do not");
        }
        if (answers.employment().isEmpty()) {
            unmet.add("you need one of these employment situations: " + Arrays
                    .stream(EmploymentSituation.values()).map(EmploymentSituation::description)
                    .collect(Collectors.joining("; ")) + " — none of them applies to you");
        }
        var preceding = Arrays.stream(others).filter(CategoryVerdict::qualifies)
                .map(verdict -> verdict.category().label()).toList();
        if (!preceding.isEmpty()) {
            unmet.add("this category is for those who qualify for no other, and you qualify as "
                    + String.join(" and ", preceding));
        }
        return new CategoryVerdict(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, unmet, List.of());
    }
}
