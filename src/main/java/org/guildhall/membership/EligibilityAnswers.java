package org.guildhall.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guildhall.shared.Text;
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

    /** The answers in words, one line per question, for the registrar and for sponsors (in their language). */
    public List<Text> inText() {
        return List.of(
                Text.of("membership.answers.studying", Text.of(studyMode.key())),
                yesNo("membership.answers.degree-programme", enrolledInDegreeProgramme),
                yesNo("membership.answers.bachelors", holdsBachelorsDegree),
                yesNo("membership.answers.licensed", everLicensedCrm),
                yesNo("membership.answers.pathway", pursuingInstitutePathway),
                yesNo("membership.answers.foreign-licence", holdsForeignCrmLicence),
                yesNo("membership.answers.committee", servesOnCommitteeAsCrmApplicant),
                yesNo("membership.answers.consulting", worksInConsultingLegalGovernmentOrBanking),
                employment.isEmpty() ? Text.of("membership.answers.employment-none")
                        : Text.of("membership.answers.employment", listed("membership.list.semicolons",
                                employment.stream().sorted().map(situation -> Text.of(situation.key())).toList())));
    }

    /** The answers in English, as a category change keeps them. */
    public List<String> inWords() {
        return inText().stream().map(Text::english).toList();
    }

    /**
     * Texts listed in one sentence, each in the reader's language: {@code listKey} + ".2" ... ".4" are the
     * patterns for two to four parts ("{0}; {1}", "{0} and {1}").
     */
    static Text listed(String listKey, List<Text> parts) {
        return parts.size() == 1 ? parts.getFirst() : new Text(listKey + "." + parts.size(), List.copyOf(parts));
    }

    private static Text yesNo(String questionKey, boolean answer) {
        return Text.of(questionKey, Text.of(answer ? "membership.answers.yes" : "membership.answers.no"));
    }
}
