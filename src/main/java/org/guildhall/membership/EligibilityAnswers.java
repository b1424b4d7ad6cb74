package org.guildhall.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * An applicant's answers to the eligibility questionnaire (seed 000). Every question is a fact about the person;
 * the {@link EligibilityPolicy} turns them into a verdict per category.
 */
public record EligibilityAnswers(
        StudyMode studyMode,
        boolean enrolledInDegreeProgramme,
        boolean holdsBachelorsDegree,
        boolean everLicensedCrm,
        boolean pursuingInstitutePathway,
        boolean holdsForeignCrmLicence,
        boolean servesOnCommitteeAsCrmApplicant,
        boolean worksInConsultingLegalGovernmentOrBanking,
        Set<EmploymentSituation> employment) {

    public EligibilityAnswers {
        employment = employment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(employment));
    }

    /** Nothing answered yet: every question "no". */
    public static EligibilityAnswers none() {
        return new EligibilityAnswers(StudyMode.NOT_STUDYING, false, false, false, false, false, false, false,
                Set.of());
    }
}
