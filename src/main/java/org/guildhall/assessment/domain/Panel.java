package org.guildhall.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.PanelStatus;
import org.jspecify.annotations.Nullable;

/**
 * The assessors judging one submitted version of a portfolio, one of them the chair, with the interview and the
 * decision once they come.
 */
@Entity
@Table(name = "panel")
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long portfolioId;
    private int portfolioVersion;
    private long candidateAccountId;
    private String designationCode;

    @Enumerated(EnumType.STRING)
    private PanelStatus status;

    private LocalDate dueOn;
    private Instant formedAt;

    private @Nullable LocalDateTime interviewAt;
    private @Nullable String interviewPlace;
    private @Nullable String interviewOutcome;

    @Enumerated(EnumType.STRING)
    private @Nullable PanelOutcome outcome;
    private @Nullable String rationale;
    private @Nullable String candidateMessage;
    private @Nullable Instant decidedAt;
    private @Nullable UUID letterDocumentId;

    /** The decided panel whose not-yet-met domains this one reassesses (a partial resubmission), if any. */
    private @Nullable Long resubmissionOf;

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PanelMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "panel_domain_outcome", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    private List<DomainOutcome> domainOutcomes = new ArrayList<>();

    protected Panel() {
    }

    public Panel(long portfolioId, int portfolioVersion, long candidateAccountId, String designationCode,
            LocalDate dueOn, Instant formedAt) {
        this.portfolioId = portfolioId;
        this.portfolioVersion = portfolioVersion;
        this.candidateAccountId = candidateAccountId;
        this.designationCode = designationCode;
        this.dueOn = dueOn;
        this.formedAt = formedAt;
        this.status = PanelStatus.SCORING;
    }

    /** A panel for a partial resubmission: it assesses only the domains the earlier panel found not yet met. */
    public static Panel forResubmission(Panel earlier, int portfolioVersion, LocalDate dueOn, Instant formedAt) {
        if (earlier.outcome != PanelOutcome.RESUBMIT) {
            throw new IllegalStateException("Only a panel that asked for a resubmission is followed by one");
        }
        var panel = new Panel(earlier.portfolioId, portfolioVersion, earlier.candidateAccountId,
                earlier.designationCode, dueOn, formedAt);
        panel.resubmissionOf = earlier.id;
        return panel;
    }

    public PanelMember seat(long assessorAccountId, boolean chair, @Nullable String conflictOverride, Instant now) {
        var member = new PanelMember(this, assessorAccountId, chair, conflictOverride, now);
        members.add(member);
        return member;
    }

    public Optional<PanelMember> activeSeatOf(long assessorAccountId) {
        return activeMembers().stream().filter(m -> m.assessorAccountId() == assessorAccountId).findFirst();
    }

    public List<PanelMember> activeMembers() {
        return members.stream().filter(member -> !member.isRecused()).toList();
    }

    public Optional<PanelMember> member(long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst();
    }

    public void scheduleInterview(LocalDateTime at, String place) {
        requireOpen();
        this.interviewAt = at;
        this.interviewPlace = place;
        this.interviewOutcome = null;
        this.status = PanelStatus.INTERVIEW;
    }

    public void recordInterviewOutcome(String outcomeText) {
        if (status != PanelStatus.INTERVIEW) {
            throw new IllegalStateException("No interview is scheduled");
        }
        this.interviewOutcome = outcomeText;
    }

    public boolean awaitsInterviewOutcome() {
        return status == PanelStatus.INTERVIEW && interviewOutcome == null;
    }

    /** @param verdicts one per rubric domain, in the rubric's order, each with a result (checked by {@link DecisionRules}) */
    public void decide(PanelOutcome decided, String panelRationale, String messageToCandidate,
            List<DomainVerdict> verdicts, Instant now) {
        requireOpen();
        this.domainOutcomes.clear();
        verdicts.forEach(verdict -> domainOutcomes.add(new DomainOutcome(verdict.domainCode(),
                Objects.requireNonNull(verdict.result()), verdict.feedback().strip())));
        this.outcome = decided;
        this.rationale = panelRationale;
        this.candidateMessage = messageToCandidate;
        this.decidedAt = now;
        this.status = PanelStatus.DECIDED;
    }

    public void attachLetter(UUID documentId) {
        this.letterDocumentId = documentId;
    }

    /** Refuses a change to a decided panel, e.g. from a form left open while the chair decided. */
    public void requireOpen() {
        if (status == PanelStatus.DECIDED) {
            throw new AssessmentRefusedException("assessment.panel.already-decided");
        }
    }

    /** The outcome per competency domain, in the rubric's order; empty before the decision. */
    public List<DomainVerdict> domainVerdicts() {
        return domainOutcomes.stream().map(DomainOutcome::toVerdict).toList();
    }

    public long id() {
        return id;
    }

    public Instant formedAt() {
        return formedAt;
    }

    public @Nullable Long resubmissionOf() {
        return resubmissionOf;
    }

    public long version() {
        return version;
    }

    public long portfolioId() {
        return portfolioId;
    }

    public int portfolioVersion() {
        return portfolioVersion;
    }

    public long candidateAccountId() {
        return candidateAccountId;
    }

    public String designationCode() {
        return designationCode;
    }

    public PanelStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public List<PanelMember> members() {
        return List.copyOf(members);
    }

    public @Nullable LocalDateTime interviewAt() {
        return interviewAt;
    }

    public @Nullable String interviewPlace() {
        return interviewPlace;
    }

    public @Nullable String interviewOutcome() {
        return interviewOutcome;
    }

    public @Nullable PanelOutcome outcome() {
        return outcome;
    }

    public @Nullable String rationale() {
        return rationale;
    }

    public @Nullable String candidateMessage() {
        return candidateMessage;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable UUID letterDocumentId() {
        return letterDocumentId;
    }
}
