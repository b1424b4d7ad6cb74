package org.guildhall.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guildhall.assessment.AssessmentEvents.InterviewScheduled;
import org.guildhall.assessment.AssessmentEvents.PanelDecided;
import org.guildhall.assessment.AssessmentEvents.ScoreReminderSent;
import org.guildhall.assessment.domain.AssessmentSettingsRepository;
import org.guildhall.assessment.domain.AuditEntry;
import org.guildhall.assessment.domain.AuditEntryRepository;
import org.guildhall.assessment.domain.DecisionLetter;
import org.guildhall.assessment.domain.ModerationPolicy;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.ReviewPacket;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.portfolio.PortfolioDetails.VersionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer workspace: an assessor's queue, the portfolio and its review packet, blind scoring, and the chair's
 * moderation, interview and decision. Every step checks the caller sits on the panel (or is the registrar); every
 * submitted score, reopening and decision is written to the panel's audit history.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final String STAFF = "hasAnyRole('" + Role.Names.ASSESSOR + "', '" + Role.Names.REGISTRAR + "')";

    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final RubricRepository rubric;
    private final AssessmentSettingsRepository settings;
    private final AuditEntryRepository audit;
    private final PanelRecords records;
    private final PortfolioService portfolios;
    private final PortfolioLifecycle lifecycle;
    private final DocumentService documents;
    private final CertificationAwards awards;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReviewService(PanelRepository panels, ScoreRepository scores, RubricRepository rubric,
            AssessmentSettingsRepository settings, AuditEntryRepository audit, PanelRecords records,
            PortfolioService portfolios, PortfolioLifecycle lifecycle, DocumentService documents,
            CertificationAwards awards, AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.panels = panels;
        this.scores = scores;
        this.rubric = rubric;
        this.settings = settings;
        this.audit = audit;
        this.records = records;
        this.portfolios = portfolios;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.awards = awards;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Rubric rubric() {
        return rubric.rubric();
    }

    @PreAuthorize(STAFF)
    public PanelDetail panel(long panelId) {
        var me = accounts.currentAccount();
        return records.detail(records.readable(panelId, me), me);
    }

    /** The portfolio version the panel judges, exactly as it was submitted. */
    @PreAuthorize(STAFF)
    public VersionDetails portfolioVersion(long panelId) {
        var panel = records.readable(panelId, accounts.currentAccount());
        return judgedVersion(panel, portfolios.portfolio(panel.portfolioId()));
    }

    /** The judged version's documents, evidence first, then reference letters. */
    @PreAuthorize(STAFF)
    public List<DocumentReference> documents(long panelId) {
        return documents.findAll(portfolioVersion(panelId).content().documentIds());
    }

    /** The merged review packet PDF: cover page with contents, then every document, every page numbered. */
    @PreAuthorize(STAFF)
    public byte[] reviewPacket(long panelId) {
        var panel = records.readable(panelId, accounts.currentAccount());
        var portfolio = portfolios.portfolio(panel.portfolioId());
        var content = judgedVersion(panel, portfolio).content();
        var items = new ArrayList<ReviewPacket.Item>();
        content.evidence().forEach(e -> items.add(item("Evidence: " + e.caption(), e.documentId())));
        content.references().forEach(r -> items.add(item("Reference from " + r.refereeName() + " ("
                + r.relationship() + ")", r.letterDocumentId())));
        return ReviewPacket.assemble(portfolio.candidateName(), records.designationName(panel.designationCode()),
                "Portfolio version " + panel.portfolioVersion(), items);
    }

    private ReviewPacket.Item item(String caption, java.util.UUID documentId) {
        var opened = documents.open(documentId);
        try (var bytes = opened.bytes()) {
            return new ReviewPacket.Item(caption, opened.document().contentType(), bytes.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signed-in assessor's own score (a blank sheet before the first save). */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    public ScoreSheet myScore(long panelId) {
        var me = accounts.currentAccount();
        seat(records.readable(panelId, me), me);
        return scores.findByPanelIdAndAssessorAccountId(panelId, me.id()).map(Score::toSheet)
                .orElse(ScoreSheet.blank());
    }

    /** Saves the draft (the form autosaves); refused once submitted or if another save came in between. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public ScoreSheet saveDraft(long panelId, ScoreSheet sheet) {
        var me = accounts.currentAccount();
        var score = draftAt(panelId, sheet.version(), me);
        score.saveDraft(sheet, rubric.rubric(), clock.instant());
        return flush(score).toSheet();
    }

    /** Submits the score: it must be complete, and it is then locked. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public ScoreSheet submit(long panelId, ScoreSheet sheet) {
        var me = accounts.currentAccount();
        var score = draftAt(panelId, sheet.version(), me);
        var currentRubric = rubric.rubric();
        score.saveDraft(sheet, currentRubric, clock.instant());
        var missing = score.missing(currentRubric);
        if (!missing.isEmpty()) {
            throw new AssessmentRefusedException("Your score is not complete: " + String.join(" ", missing));
        }
        score.submit(currentRubric, clock.instant());
        var saved = flush(score);
        records.record(panels.getReferenceById(panelId), me, "Score submitted", describe(saved.toSheet()));
        return saved.toSheet();
    }

    /**
     * Other members' submitted scores. Blind review: an assessor sees none until their own is submitted; the
     * registrar sees all submitted ones.
     */
    @PreAuthorize(STAFF)
    public List<AssessorScore> otherScores(long panelId) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        boolean seated = panel.activeSeatOf(me.id()).isPresent();
        if (seated && scores.findByPanelIdAndAssessorAccountId(panelId, me.id()).filter(Score::isSubmitted)
                .isEmpty()) {
            return List.of();
        }
        return panel.activeMembers().stream().filter(m -> m.assessorAccountId() != me.id())
                .flatMap(m -> scores.findByPanelIdAndAssessorAccountId(panelId, m.assessorAccountId()).stream())
                .filter(Score::isSubmitted)
                .map(s -> new AssessorScore(records.nameOf(s.assessorAccountId()), s.toSheet()))
                .toList();
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
            throw new AssessmentRefusedException("Moderation opens when every assessor has submitted a score.");
        }
        return ModerationPolicy.moderate(rubric.rubric(),
                members.stream().map(m -> records.nameOf(m.assessorAccountId())).toList(),
                sheets.stream().map(s -> s.orElseThrow().toSheet()).toList(),
                settings.current().disagreementSpread());
    }

    /** The assessor leaves the panel with a reason; the registrar seats a replacement. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void recuse(long panelId, String reason) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        panel.requireOpen();
        requireText(reason, "Say why you recuse yourself.");
        seat(panel, me).recuse(reason.strip(), clock.instant());
        panels.saveAndFlush(panel);
        records.record(panel, me, "Recused", reason.strip());
    }

    /** One click: emails an assessor whose score is overdue what is due and by when. */
    @PreAuthorize(STAFF)
    @Transactional
    public void remind(long panelId, long memberId) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        requireChairOrRegistrar(panel, me);
        var member = panel.member(memberId).filter(m -> !m.isRecused())
                .orElseThrow(() -> new AssessmentRefusedException("That assessor is not on the panel."));
        boolean submitted = scores.findByPanelIdAndAssessorAccountId(panelId, member.assessorAccountId())
                .filter(Score::isSubmitted).isPresent();
        if (submitted || !records.today().isAfter(panel.dueOn())) {
            throw new AssessmentRefusedException("Only an assessor whose score is overdue is reminded.");
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
        if (!seat(panel, me).isChair()) {
            throw new AssessmentRefusedException("Only the chair reopens a submitted score.");
        }
        requireText(reason, "Say why the score is reopened.");
        var member = panel.member(memberId).filter(m -> !m.isRecused())
                .orElseThrow(() -> new AssessmentRefusedException("That assessor is not on the panel."));
        var score = records.scoreOf(member);
        if (!score.isSubmitted()) {
            throw new AssessmentRefusedException("That score is not submitted yet.");
        }
        score.reopen(clock.instant());
        flush(score);
        records.record(panel, me, "Score reopened", records.nameOf(member.assessorAccountId()) + ": "
                + reason.strip());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void scheduleInterview(long panelId, long seenVersion, LocalDateTime at, String place) {
        var me = accounts.currentAccount();
        var panel = records.atVersion(panelId, seenVersion, me);
        requireChairOrRegistrar(panel, me);
        requireAllScoresIn(panel);
        requireText(place, "Give the place or the video link.");
        if (!at.toLocalDate().isAfter(records.today())) {
            throw new AssessmentRefusedException("Schedule the interview for a day after today.");
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
        requireText(outcome, "Write what the interview showed.");
        if (panel.interviewAt() == null) {
            throw new AssessmentRefusedException("No interview is scheduled.");
        }
        panel.recordInterviewOutcome(outcome.strip());
        flush(panel);
        records.record(panel, me, "Interview outcome", outcome.strip());
    }

    /**
     * The chair records the panel's decision. Award certifies the candidate; resubmit reopens the portfolio with
     * the guidance; decline closes it with the reasons. The candidate's letter, a PDF they own, names no assessor
     * and shows no score.
     *
     * @param rationale the panel's reasoning, for the record and the registrar
     * @param messageToCandidate guidance (resubmit), reasons (decline) or a note (award), quoted in the letter
     */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void decide(long panelId, long seenVersion, PanelOutcome outcome, String rationale,
            String messageToCandidate) {
        var me = accounts.currentAccount();
        var panel = records.atVersion(panelId, seenVersion, me);
        requireChair(panel, me);
        requireAllScoresIn(panel);
        if (panel.awaitsInterviewOutcome()) {
            throw new AssessmentRefusedException("Record the interview's outcome before deciding.");
        }
        requireText(rationale, "Write the panel's rationale.");
        requireText(messageToCandidate, outcome == PanelOutcome.RESUBMIT ? "Write the guidance for the candidate."
                : outcome == PanelOutcome.DECLINE ? "Write the reasons for the candidate."
                : "Write a short note for the candidate's letter.");
        panel.decide(outcome, rationale.strip(), messageToCandidate.strip(), clock.instant());
        switch (outcome) {
            case AWARD -> {
                try {
                    awards.award(panel.candidateAccountId(), panel.designationCode(), Route.EXPERIENCE,
                            records.today());
                } catch (CertificationRefusedException alreadyHeld) {
                    throw new AssessmentRefusedException(alreadyHeld.getMessage());
                }
                lifecycle.conclude(panel.portfolioId(), PortfolioStatus.AWARDED);
            }
            case RESUBMIT -> lifecycle.reopenForResubmission(panel.portfolioId(), messageToCandidate.strip());
            case DECLINE -> lifecycle.conclude(panel.portfolioId(), PortfolioStatus.DECLINED);
        }
        String candidateName = records.nameOf(panel.candidateAccountId());
        String designation = records.designationName(panel.designationCode());
        byte[] letter = DecisionLetter.write(candidateName, designation, records.today(), outcome.letterSentence(),
                messageToCandidate.strip());
        var stored = documents.store(panel.candidateAccountId(), "decision-letter-" + panel.designationCode()
                + ".pdf", new ByteArrayInputStream(letter), letter.length);
        panel.attachLetter(stored.id());
        lifecycle.fileLetter(panel.portfolioId(), outcome.label(), stored.id());
        flush(panel);
        records.record(panel, me, "Decision: " + outcome.label(), rationale.strip());
        publisher.publishEvent(new PanelDecided(panelId, panel.candidateAccountId(), panel.designationCode(), outcome,
                stored.id()));
    }

    /** The panel's history, oldest first, for the registrar. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<AuditEntrySummary> history(long panelId) {
        records.readable(panelId, accounts.currentAccount());
        return audit.findByPanelIdOrderByRecordedAtAscIdAsc(panelId).stream().map(AuditEntry::toView).toList();
    }

    private VersionDetails judgedVersion(Panel panel, PortfolioDetails portfolio) {
        if (portfolio.current().number() == panel.portfolioVersion()) {
            return portfolio.current();
        }
        return portfolio.earlier().stream().filter(v -> v.number() == panel.portfolioVersion()).findFirst()
                .orElseThrow(() -> new PanelNotFoundException(panel.id()));
    }

    private Score draftAt(long panelId, long seenVersion, AccountSummary me) {
        var panel = records.readable(panelId, me);
        seat(panel, me);
        if (panel.status() == PanelStatus.DECIDED) {
            throw new AssessmentRefusedException("The panel has decided; scores no longer change.");
        }
        var existing = scores.findByPanelIdAndAssessorAccountId(panelId, me.id());
        long current = existing.map(Score::version).orElse(-1L);
        if (current != seenVersion) {
            throw new AssessmentChangedConcurrentlyException("score");
        }
        var score = existing.orElseGet(() -> new Score(panelId, me.id(), clock.instant()));
        if (score.isSubmitted()) {
            throw new AssessmentRefusedException("Your score is submitted and locked. The chair can reopen it.");
        }
        return score;
    }

    private Score flush(Score score) {
        try {
            return scores.saveAndFlush(score);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new AssessmentChangedConcurrentlyException("score");
        }
    }

    private void flush(Panel panel) {
        try {
            panels.saveAndFlush(panel);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new AssessmentChangedConcurrentlyException("panel");
        }
    }

    private PanelMember seat(Panel panel, AccountSummary me) {
        return panel.activeSeatOf(me.id())
                .orElseThrow(() -> new AssessmentRefusedException("You do not sit on this panel."));
    }

    private void requireChair(Panel panel, AccountSummary me) {
        if (!seat(panel, me).isChair()) {
            throw new AssessmentRefusedException("Only the panel's chair does this.");
        }
    }

    private void requireChairOrRegistrar(Panel panel, AccountSummary me) {
        if (!me.has(Role.REGISTRAR) && panel.activeSeatOf(me.id()).filter(PanelMember::isChair).isEmpty()) {
            throw new AssessmentRefusedException("Only the panel's chair or the registrar does this.");
        }
    }

    private void requireAllScoresIn(Panel panel) {
        panel.requireOpen();
        boolean allIn = panel.activeMembers().stream().allMatch(m -> scores.findByPanelIdAndAssessorAccountId(
                panel.id(), m.assessorAccountId()).filter(Score::isSubmitted).isPresent());
        if (!allIn || panel.activeMembers().size() < settings.current().panelSize()) {
            throw new AssessmentRefusedException("The panel decides once every assessor's score is in.");
        }
    }

    private static void requireText(String text, String message) {
        if (text.isBlank()) {
            throw new AssessmentRefusedException(message);
        }
    }

    private String describe(ScoreSheet sheet) {
        return rubric.rubric().domains().stream().map(domain -> domain.name() + " " + domain.criteria().stream()
                        .map(c -> String.valueOf(sheet.points().get(c.id()))).collect(Collectors.joining("/")))
                .collect(Collectors.joining("; ")) + "; recommends "
                + (sheet.recommendation() == null ? "nothing" : sheet.recommendation().label()) + ".";
    }
}
