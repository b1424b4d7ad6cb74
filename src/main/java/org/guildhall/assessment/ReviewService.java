package org.guildhall.assessment;

import static org.guildhall.assessment.PanelRecords.requireText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guildhall.assessment.domain.AuditEntry;
import org.guildhall.assessment.domain.AuditEntryRepository;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.ReviewPacket;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.assessment.domain.Score;
import org.guildhall.assessment.domain.ScoreRepository;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.platform.Translations;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.portfolio.PortfolioDetails.VersionDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer workspace: an assessor's queue, the portfolio and its review packet, blind scoring and recusal
 * (the chair's moderation, interview and decision are {@link PanelChairService}). Every step checks the caller sits
 * on the panel (or is the registrar); every submitted score is written to the panel's audit history.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private static final String STAFF = "hasAnyRole('" + Role.Names.ASSESSOR + "', '" + Role.Names.REGISTRAR + "')";

    private final PanelRepository panels;
    private final ScoreRepository scores;
    private final RubricRepository rubric;
    private final AuditEntryRepository audit;
    private final PanelRecords records;
    private final PortfolioService portfolios;
    private final DocumentService documents;
    private final AccountService accounts;
    private final Translations translations;
    private final ResubmissionScope scope;
    private final Clock clock;

    private final AssessorCredit credit;

    ReviewService(PanelRepository panels, ScoreRepository scores, RubricRepository rubric, AuditEntryRepository audit,
            PanelRecords records, PortfolioService portfolios, DocumentService documents, AccountService accounts,
            Translations translations, Clock clock, ResubmissionScope scope, AssessorCredit credit) {
        this.credit = credit;
        this.panels = panels;
        this.scores = scores;
        this.rubric = rubric;
        this.audit = audit;
        this.records = records;
        this.portfolios = portfolios;
        this.documents = documents;
        this.accounts = accounts;
        this.translations = translations;
        this.scope = scope;
        this.clock = clock;
    }

    public Rubric rubric() {
        return rubric.rubric();
    }

    /** What this panel scores: the whole rubric, or for a partial resubmission the domains not yet met before. */
    @PreAuthorize(STAFF)
    public Rubric rubric(long panelId) {
        return scope.rubricFor(records.readable(panelId, accounts.currentAccount()));
    }

    /** The domains met at the earlier decision, which a partial resubmission's panel does not assess again. */
    @PreAuthorize(STAFF)
    public List<DomainVerdict> carriedOver(long panelId) {
        return scope.carriedOver(records.readable(panelId, accounts.currentAccount()));
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
    public byte[] reviewPacket(long panelId, Locale language) {
        var panel = records.readable(panelId, accounts.currentAccount());
        var portfolio = portfolios.portfolio(panel.portfolioId());
        var content = judgedVersion(panel, portfolio).content();
        var items = new ArrayList<ReviewPacket.Item>();
        content.evidence().forEach(e -> items.add(item(translations.text(language, "assessment.packet.evidence",
                e.caption()), e.documentId())));
        content.references().forEach(r -> items.add(item(translations.text(language, "assessment.packet.reference",
                r.refereeName(), r.relationship()), r.letterDocumentId())));
        return ReviewPacket.assemble(text -> translations.text(language, text), language, portfolio.candidateName(),
                records.designationName(panel.designationCode()), panel.portfolioVersion(), items);
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
        records.seat(records.readable(panelId, me), me);
        return scores.findByPanelIdAndAssessorAccountId(panelId, me.id()).map(Score::toSheet)
                .orElse(ScoreSheet.blank());
    }

    /** Saves the draft (the form autosaves); refused once submitted or if another save came in between. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public ScoreSheet saveDraft(long panelId, ScoreSheet sheet) {
        var me = accounts.currentAccount();
        var score = draftAt(panelId, sheet.version(), me);
        score.saveDraft(sheet, scope.rubricFor(panels.getReferenceById(panelId)), clock.instant());
        return records.flush(score).toSheet();
    }

    /** Submits the score: it must be complete, and it is then locked. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public ScoreSheet submit(long panelId, ScoreSheet sheet) {
        var me = accounts.currentAccount();
        var score = draftAt(panelId, sheet.version(), me);
        var currentRubric = scope.rubricFor(panels.getReferenceById(panelId));
        score.saveDraft(sheet, currentRubric, clock.instant());
        var missing = score.missing(currentRubric);
        if (!missing.isEmpty()) {
            throw new AssessmentRefusedException(missing);
        }
        score.submit(currentRubric, clock.instant());
        var saved = records.flush(score);
        var panel = panels.getReferenceById(panelId);
        records.record(panel, me, "Score submitted", describe(saved.toSheet()));
        credit.grant(panel, me.id());
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

    /** The assessor leaves the panel with a reason; the registrar seats a replacement. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void recuse(long panelId, String reason) {
        var me = accounts.currentAccount();
        var panel = records.readable(panelId, me);
        panel.requireOpen();
        requireText(reason, "assessment.recuse.reason-needed");
        records.seat(panel, me).recuse(reason.strip(), clock.instant());
        panels.saveAndFlush(panel);
        records.record(panel, me, "Recused", reason.strip());
        credit.withdraw(panelId, me.id());
    }

    /** The panel's history, oldest first, for the registrar. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<AuditEntrySummary> history(long panelId) {
        records.readable(panelId, accounts.currentAccount());
        return audit.findByPanelIdOrderByRecordedAtAscIdAsc(panelId).stream().map(AuditEntry::toView).toList();
    }

    /** The portfolio version the panel judges (a resubmission's panel judges the later version). */
    static VersionDetails judgedVersion(Panel panel, PortfolioDetails portfolio) {
        if (portfolio.current().number() == panel.portfolioVersion()) {
            return portfolio.current();
        }
        return portfolio.earlier().stream().filter(v -> v.number() == panel.portfolioVersion()).findFirst()
                .orElseThrow(() -> new PanelNotFoundException(panel.id()));
    }

    private Score draftAt(long panelId, long seenVersion, AccountSummary me) {
        var panel = records.readable(panelId, me);
        records.seat(panel, me);
        if (panel.status() == PanelStatus.DECIDED) {
            throw new AssessmentRefusedException("assessment.score.decided");
        }
        var existing = scores.findByPanelIdAndAssessorAccountId(panelId, me.id());
        long current = existing.map(Score::version).orElse(-1L);
        if (current != seenVersion) {
            throw new AssessmentChangedConcurrentlyException("score");
        }
        var score = existing.orElseGet(() -> new Score(panelId, me.id(), clock.instant()));
        if (score.isSubmitted()) {
            throw new AssessmentRefusedException("assessment.score.locked");
        }
        return score;
    }

    private String describe(ScoreSheet sheet) {
        return rubric.rubric().domains().stream().map(domain -> domain.name() + " " + domain.criteria().stream()
                        .map(c -> String.valueOf(sheet.points().get(c.id()))).collect(Collectors.joining("/")))
                .collect(Collectors.joining("; ")) + "; recommends "
                + (sheet.recommendation() == null ? "nothing" : sheet.recommendation().label()) + ".";
    }
}
