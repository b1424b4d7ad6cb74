package org.guildhall.membership.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.membership.ApplicationNotAllowedException;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EligibilityPolicy;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.StudyMode;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * An applicant's request to join in one category, with the questionnaire answers it rests on. It moves from draft
 * through the sponsors (Associates) to the registrar, who approves, rejects or asks for more information.
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long applicantAccountId;

    @Enumerated(EnumType.STRING)
    private @Nullable MembershipCategory category;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    private StudyMode studyMode;

    private boolean enrolledInDegreeProgramme;
    private boolean holdsBachelorsDegree;
    private boolean everLicensedCrm;
    private boolean pursuingInstitutePathway;
    private boolean holdsForeignCrmLicence;

    @Column(name = "serves_on_committee")
    private boolean servesOnCommitteeAsCrmApplicant;

    private boolean worksInConsultingLegalGovernmentBanking;

    @Convert(converter = EmploymentSituationsConverter.class)
    private Set<EmploymentSituation> employment = EnumSet.noneOf(EmploymentSituation.class);

    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant submittedAt;

    protected MembershipApplication() {
    }

    public MembershipApplication(long applicantAccountId, Instant now) {
        this.applicantAccountId = applicantAccountId;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        answer(EligibilityAnswers.none());
    }

    /** Records new answers and category while the applicant may still edit. */
    public void revise(EligibilityAnswers answers, @Nullable MembershipCategory category, Instant now) {
        requireEditable();
        answer(answers);
        this.category = category;
        this.updatedAt = now;
    }

    /**
     * Sends the application on: Associates first wait for their sponsors, everyone else goes to the registrar.
     * Submitting what is already submitted changes nothing, so a double click is harmless.
     *
     * @return whether this call submitted it
     */
    public boolean submit(Instant now) {
        if (!status.isEditableByApplicant()) {
            return false;
        }
        if (category == null) {
            throw ApplicationNotAllowedException.onCategory(Text.of("membership.application.category-needed"));
        }
        if (!EligibilityPolicy.qualifyingCategories(answers()).contains(category)) {
            throw ApplicationNotAllowedException.onCategory(Text.of("membership.application.not-qualified",
                    Text.of(category.key())));
        }
        status = category == MembershipCategory.ASSOCIATE && status == ApplicationStatus.DRAFT
                ? ApplicationStatus.AWAITING_SPONSORS : ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return true;
    }

    /** Two sponsors have accepted: the application reaches the registrar. */
    public void sponsorsConfirmed(Instant now) {
        if (status == ApplicationStatus.AWAITING_SPONSORS) {
            status = ApplicationStatus.SUBMITTED;
            updatedAt = now;
        }
    }

    public void decide(ApplicationStatus outcome, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationNotAllowedException(Text.of("membership.application.not-with-registrar",
                    Text.of(status.key())));
        }
        if (outcome != ApplicationStatus.APPROVED && outcome != ApplicationStatus.REJECTED
                && outcome != ApplicationStatus.MORE_INFORMATION_REQUESTED) {
            throw new IllegalArgumentException(outcome + " is not a registrar decision");
        }
        status = outcome;
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.isEditableByApplicant()) {
            throw new ApplicationNotAllowedException(Text.of("membership.application.fixed",
                    Text.of(status.key())));
        }
    }

    private void answer(EligibilityAnswers answers) {
        studyMode = answers.studyMode();
        enrolledInDegreeProgramme = answers.enrolledInDegreeProgramme();
        holdsBachelorsDegree = answers.holdsBachelorsDegree();
        everLicensedCrm = answers.everLicensedCrm();
        pursuingInstitutePathway = answers.pursuingInstitutePathway();
        holdsForeignCrmLicence = answers.holdsForeignCrmLicence();
        servesOnCommitteeAsCrmApplicant = answers.servesOnCommitteeAsCrmApplicant();
        worksInConsultingLegalGovernmentBanking = answers.worksInConsultingLegalGovernmentOrBanking();
        employment = answers.employment().isEmpty() ? EnumSet.noneOf(EmploymentSituation.class)
                : EnumSet.copyOf(answers.employment());
    }

    public EligibilityAnswers answers() {
        return new EligibilityAnswers(studyMode, enrolledInDegreeProgramme, holdsBachelorsDegree, everLicensedCrm,
                pursuingInstitutePathway, holdsForeignCrmLicence, servesOnCommitteeAsCrmApplicant,
                worksInConsultingLegalGovernmentBanking, employment);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long applicantAccountId() {
        return applicantAccountId;
    }

    public @Nullable MembershipCategory category() {
        return category;
    }

    public ApplicationStatus status() {
        return status;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }
}
