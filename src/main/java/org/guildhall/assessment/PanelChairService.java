package org.guildhall.assessment;

import static org.guildhall.assessment.PanelRecords.requireText;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.guildhall.assessment.AssessmentEvents.InterviewScheduled;
import org.guildhall.assessment.AssessmentEvents.PanelDecided;
import org.guildhall.assessment.AssessmentEvents.ScoreReminderSent;
import org.guildhall.assessment.domain.DecisionLetter;
import org.guildhall.assessment.domain.DecisionRules;
import org.guildhall.assessment.domain.ModerationPolicy;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.platform.Translations;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel chair's steps once scores come in: moderation, reminders to late assessors, reopening a score, the
 * interview and the decision (the registrar may moderate, remind and schedule too). Every step checks the caller's
 * seat and is written to the panel's audit history.
 */
@Service
@Transactional(readOnly = true)
public class PanelChairService {

    private static final String STAFF = "hasAnyRole('" + Role.Names.ASSESSOR + "', '" + Role.Names.REGISTRAR + "')";

    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final RubricRepository rubric;
    private final PanelRecords records;
    private final PortfolioLifecycle lifecycle;
    private final DocumentService documents;
    private final CertificationAwards awards;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final AccountDirectory directory;
    private final Translations translations;
    private final ResubmissionScope scope;
    private final Settings settingValues;
    private final SecondMarkingService secondMarking;
    private final AssessorCredit credit;
    private final Clock clock;

    PanelChairService(PanelRepository panels, ScoreRepository scores, RubricRepository rubric,
            PanelRecords records, PortfolioLifecycle lifecycle,
            DocumentService documents, CertificationAwards awards, AccountService accounts,
            ApplicationEventPublisher publisher, AccountDirectory directory, Translations translations, Clock clock,
            ResubmissionScope scope, Settings settingValues, SecondMarkingService secondMarking,
            AssessorCredit credit) {
        this.credit = credit;
        this.scope = scope;
        this.settingValues = settingValues;
        this.panels = panels;
        this.scores = scores;
        this.rubric = rubric;
        this.records = records;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.awards = awards;
        this.accounts = accounts;
        this.publisher = publisher;
        this.directory = directory;
        this.translations = translations;
        this.secondMarking = secondMarking;
        this.clock = clock;
    }

    /** Scores side by side with the spread per domain, for the chair and registrar once every score is in. */
    @PreAuthorize(STAFF)
    public Moderation moderation(long panelId) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        requireChairOrRegistrar(panel, me);
        var members = panel.activeMembers();
        var sheets = members.stream().map(m -> scores.findByPanelIdAndAssessorAccountId(panelId,
                m.assessorAccountId()).filter(Score::isSubmitted)).toList();
        if (sheets.stream().anyMatch(java.util.Optional::isEmpty)) {
            throw new AssessmentRefusedException("assessment.moderation.not-yet");
        }
        return ModerationPolicy.moderate(scope.rubricFor(panel),
                members.stream().map(m -> records.nameOf(m.assessorAccountId())).toList(),
                sheets.stream().map(s -> s.orElseThrow().toSheet()).toList(),
                records.disagreementSpread(panel));
    }

    /** One click: emails an assessor whose score is overdue what is due and by when. */
    @PreAuthorize(STAFF)
    @Transactional
    public void remind(long panelId, long memberId) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        requireChairOrRegistrar(panel, me);
        var member = panel.member(memberId).filter(m -> !m.isRecused())
                .orElseThrow(() -> new AssessmentRefusedException("assessment.panel.not-member"));
        boolean submitted = scores.findByPanelIdAndAssessorAccountId(panelId, member.assessorAccountId())
                .filter(Score::isSubmitted).isPresent();
        if (submitted || !records.today().isAfter(panel.dueOn())) {
            throw new AssessmentRefusedException("assessment.remind.only-overdue");
        }
        var now = clock.instant();
        member.reminded(now);
        records.record(panel, me, "Reminder sent", "To " + records.nameOf(member.assessorAccountId())
                + ": score due " + panel.dueOn() + ".");
        publisher.publishEvent(new ScoreReminderSent(panelId, member.assessorAccountId(),
                records.nameOf(panel.candidateAccountId()), panel.designationCode(), panel.dueOn(), now));
    }

    /** The chair unlocks a submitted score so its assessor can change it; the reason goes into the history. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void reopenScore(long panelId, long memberId, String reason) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        panel.requireOpen();
        if (!records.seat(panel, me).isChair()) {
            throw new AssessmentRefusedException("assessment.reopen.chair-only");
        }
        requireText(reason, "assessment.reopen.reason-needed");
        var member = panel.member(memberId).filter(m -> !m.isRecused())
                .orElseThrow(() -> new AssessmentRefusedException("assessment.panel.not-member"));
        var score = records.scoreOf(member);
        if (!score.isSubmitted()) {
            throw new AssessmentRefusedException("assessment.reopen.not-submitted");
        }
        score.reopen(clock.instant());
        records.flush(score);
        records.record(panel, me, "Score reopened", records.nameOf(member.assessorAccountId()) + ": "
                + reason.strip());
        credit.withdraw(panelId, member.assessorAccountId());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void scheduleInterview(long panelId, long seenVersion, LocalDateTime at, String place) {
        var me = accounts.currentAccount();
        var panel = records.atVersion(panelId, seenVersion, me);
        requireChairOrRegistrar(panel, me);
        requireAllScoresIn(panel);
        requireText(place, "assessment.interview.place-needed");
        if (!at.toLocalDate().isAfter(records.today())) {
            throw new AssessmentRefusedException("assessment.interview.after-today");
        }
        panel.scheduleInterview(at, place.strip());
        flush(panel);
        records.record(panel, me, "Interview scheduled", at + " at " + place.strip());
        publisher.publishEvent(new InterviewScheduled(panelId, panel.candidateAccountId(), panel.designationCode(), at,
                place.strip()));
    }

    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void recordInterviewOutcome(long panelId, long seenVersion, String outcome) {
        var me = accounts.currentAccount();
        var panel = records.atVersion(panelId, seenVersion, me);
        requireChair(panel, me);
        requireText(outcome, "assessment.interview.outcome-needed");
        if (panel.interviewAt() == null) {
            throw new AssessmentRefusedException("assessment.interview.none");
        }
        panel.recordInterviewOutcome(outcome.strip());
        flush(panel);
        records.record(panel, me, "Interview outcome", outcome.strip());
    }

    /**
     * The chair records the panel's decision. Award certifies the candidate; resubmit reopens the portfolio with
     * the guidance; decline closes it with the reasons. The candidate's letter, a PDF they own, is written in their
     * language, names no assessor and shows no score.
     *
     * @throws AssessmentRefusedException on the fields concerned, all at once: no outcome, no rationale, no words
     *         for the candidate (guidance, reasons or a note), or too long a text
     */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void decide(long panelId, long seenVersion, DecisionData decision) {
        var me = accounts.currentAccount();
        var panel = records.atVersion(panelId, seenVersion, me);
        requireChair(panel, me);
        requireAllScoresIn(panel);
        secondMarking.requireSecondMarked(panel);
        if (panel.awaitsInterviewOutcome()) {
            throw new AssessmentRefusedException("assessment.decision.interview-first");
        }
        // A partial resubmission's panel decides only the domains not yet met before; the met ones carry over.
        var assessedRubric = scope.rubricFor(panel);
        var problems = DecisionRules.problems(decision, assessedRubric);
        if (!problems.isEmpty()) {
            throw new AssessmentRefusedException(problems);
        }
        var outcome = Objects.requireNonNull(decision.outcome());
        String rationale = decision.rationale().strip();
        String messageToCandidate = decision.messageToCandidate().strip();
        var carriedOver = scope.carriedOver(panel);
        var verdicts = scope.withCarriedOver(panel, DecisionRules.inRubricOrder(decision, assessedRubric));
        panel.decide(outcome, rationale, messageToCandidate, verdicts, clock.instant());
        switch (outcome) {
            case AWARD -> {
                try {
                    awards.award(panel.candidateAccountId(), panel.designationCode(), Route.EXPERIENCE,
                            records.today());
                } catch (CertificationRefusedException alreadyHeld) {
                    throw new AssessmentRefusedException(alreadyHeld.reason());
                }
                lifecycle.conclude(panel.portfolioId(), PortfolioStatus.AWARDED);
            }
            case RESUBMIT -> lifecycle.reopenForResubmission(panel.portfolioId(), messageToCandidate,
                    records.today().plusMonths(settingValues.intOn(AssessmentSettings.RESUBMISSION_WINDOW_MONTHS,
                            records.today())));
            case DECLINE -> lifecycle.conclude(panel.portfolioId(), PortfolioStatus.DECLINED);
        }
        var language = directory.languageOf(panel.candidateAccountId());
        byte[] letter = DecisionLetter.write(text -> translations.text(language, text), language,
                records.nameOf(panel.candidateAccountId()), records.designationName(panel.designationCode()),
                records.today(), outcome, messageToCandidate, rubric.rubric(), verdicts,
                carriedOver.stream().map(DomainVerdict::domainCode).collect(java.util.stream.Collectors.toSet()));
        var stored = documents.store(panel.candidateAccountId(), "decision-letter-" + panel.designationCode()
                + ".pdf", new ByteArrayInputStream(letter), letter.length);
        panel.attachLetter(stored.id());
        lifecycle.fileLetter(panel.portfolioId(), outcome.label(), stored.id());
        flush(panel);
        records.record(panel, me, "Decision: " + outcome.label(), rationale);
        publisher.publishEvent(new PanelDecided(panelId, panel.candidateAccountId(), panel.designationCode(), outcome,
                stored.id()));
    }

    private void flush(Panel panel) {
        try {
            panels.saveAndFlush(panel);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new AssessmentChangedConcurrentlyException("panel");
        }
    }

    private void requireChair(Panel panel, AccountSummary me) {
        if (!records.seat(panel, me).isChair()) {
            throw new AssessmentRefusedException("assessment.panel.chair-only");
        }
    }

    private void requireChairOrRegistrar(Panel panel, AccountSummary me) {
        if (!me.has(Role.REGISTRAR) && panel.activeSeatOf(me.id()).filter(PanelMember::isChair).isEmpty()) {
            throw new AssessmentRefusedException("assessment.panel.chair-or-registrar-only");
        }
    }

    private void requireAllScoresIn(Panel panel) {
        panel.requireOpen();
        boolean allIn = panel.activeMembers().stream().allMatch(m -> scores.findByPanelIdAndAssessorAccountId(
                panel.id(), m.assessorAccountId()).filter(Score::isSubmitted).isPresent());
        if (!allIn || panel.activeMembers().size() < records.panelSize(panel)) {
            throw new AssessmentRefusedException("assessment.decision.scores-first");
        }
    }
}
