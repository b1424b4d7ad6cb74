package org.guildhall.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * An applicant's answers to the eligibility questionnaire (seed 000). Every question is a fact about the person;
 * the {@link EligibilityPolicy} turns them into a verdict per category.
 */
@NamedInterface("api")
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

    /** The answers in words, one line per question, for the registrar and for sponsors. */
    public List<String> inWords() {
        return List.of(
                "Studying: " + switch (studyMode) {
                    case NOT_STUDYING -> "no";
                    case FULL_TIME -> "full-time";
                    case PART_TIME -> "part-time";
                },
                yesNo("Enrolled in a degree programme", enrolledInDegreeProgramme),
                yesNo("Holds a bachelor's degree", holdsBachelorsDegree),
                yesNo("Has been a licensed CRM", everLicensedCrm),
                yesNo("Pursuing the institute's pathway to licensure", pursuingInstitutePathway),
                yesNo("Holds a foreign CRM licence", holdsForeignCrmLicence),
                yesNo("Serves on a committee as a CRM applicant", servesOnCommitteeAsCrmApplicant),
                yesNo("Works in consulting, legal, government or banking", worksInConsultingLegalGovernmentOrBanking),
                "Employment: " + (employment.isEmpty() ? "none of the listed situations"
                        : String.join("; ", employment.stream().sorted().map(EmploymentSituation::description)
                        .toList())));
    }

    private static String yesNo(String question, boolean answer) {
        return question + ": " + (answer ? "yes" : "no");
    }
}
