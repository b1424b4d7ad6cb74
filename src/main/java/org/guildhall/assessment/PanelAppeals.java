package org.guildhall.assessment;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.assessment.domain.DecidedPanelRepository;
import org.guildhall.assessment.domain.DecisionLetter;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.platform.Translations;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.shared.ForOtherModules;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeals process (issue 20, ISO/IEC 17024) needs from panels: a decided panel as the appeal panel reads
 * it, the one conflict check between an assessor and a candidate, and the award that replaces a decision when an
 * appeal is upheld. The appeals module has authorised each step; no view may call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class PanelAppeals {

    private final PanelRepository panels;
    private final DecidedPanelRepository decided;
    private final PanelRecords records;
    private final CertificationAwards awards;
    private final PortfolioLifecycle lifecycle;
    private final PortfolioService portfolios;
    private final RubricRepository rubric;
    private final DocumentService documents;
    private final AccountDirectory directory;
    private final Translations translations;
    private final AssessorChecks checks;
    private final AccountService accounts;
    private final Clock clock;

    PanelAppeals(PanelRepository panels, DecidedPanelRepository decided, AssessorChecks checks,
            PanelRecords records, CertificationAwards awards, PortfolioLifecycle lifecycle,
            PortfolioService portfolios, RubricRepository rubric, DocumentService documents,
            AccountDirectory directory, Translations translations, AccountService accounts, Clock clock) {
        this.panels = panels;
        this.checks = checks;
        this.decided = decided;
        this.records = records;
        this.awards = awards;
        this.lifecycle = lifecycle;
        this.portfolios = portfolios;
        this.rubric = rubric;
        this.documents = documents;
        this.directory = directory;
        this.translations = translations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The decided panel; a panel not yet decided (or none) is not found. */
    public AppealablePanelDecision decisionOf(long panelId) {
        return panels.findById(panelId).filter(panel -> panel.status() == PanelStatus.DECIDED).map(this::appealable)
                .orElseThrow(() -> new PanelNotFoundException(panelId));
    }

    /** The decisions panels took on the candidate's portfolios, newest first. */
    public List<AppealablePanelDecision> decisionsAbout(long candidateAccountId) {
        return decided.decidedAbout(candidateAccountId).stream().map(this::appealable).toList();
    }

    /**
     * Why each assessor may not judge the candidate, one text per conflict, keyed by account id (an assessor with
     * no conflict maps to an empty list). The one place the conflict rules are asked from outside panel forming, so
     * a new rule applies to appeal panels too. Like panel forming, it reads the candidate once and the assessors
     * in one batch, so listing the whole pool costs the same statements as listing one.
     */
    public Map<Long, List<Text>> conflictsBetween(Collection<Long> assessorAccountIds, long candidateAccountId) {
        var candidate = checks.candidate(candidateAccountId);
        var conflicts = new HashMap<Long, List<Text>>();
        checks.assessors(assessorAccountIds.stream().distinct().map(accounts::summaryOf).toList())
                .forEach(assessor -> conflicts.put(assessor.accountId(), checks.findings(assessor, candidate, null)
                        .conflicts().stream().map(conflict -> Text.of("assessment.appeal.conflict",
                                conflict.kind().text(), conflict.detail())).toList()));
        return conflicts;
    }

    /** The documents of the portfolio version the decided panel judged, evidence first, then reference letters. */
    public List<UUID> judgedDocuments(long panelId) {
        var panel = panels.findById(panelId).filter(p -> p.status() == PanelStatus.DECIDED)
                .orElseThrow(() -> new PanelNotFoundException(panelId));
        return ReviewService.judgedVersion(panel, portfolios.portfolio(panel.portfolioId())).content().documentIds();
    }

    /**
     * The decided panels whose file holds the document: the portfolio they judged (evidence or a reference
     * letter) or the decision letter they sent. For the appeal panel's right to read the original file.
     */
    public Set<Long> decisionsHolding(UUID documentId) {
        return Stream.concat(
                portfolios.portfoliosHolding(documentId).stream().flatMap(id -> panels.findByPortfolioId(id).stream()),
                panels.findByLetterDocumentId(documentId).stream())
                .filter(panel -> panel.status() == PanelStatus.DECIDED).map(Panel::id).collect(Collectors.toSet());
    }

    /**
     * An upheld appeal replaces the panel's decision by an award: the designation is awarded today, the portfolio
     * concludes awarded, and the panel's history says so with the appeal panel's reasons.
     */
    @Transactional
    public void awardOnAppeal(long panelId, long appealId, long actorAccountId, String reasons) {
        var panel = panels.findById(panelId).filter(p -> p.status() == PanelStatus.DECIDED)
                .orElseThrow(() -> new PanelNotFoundException(panelId));
        if (panel.outcome() == PanelOutcome.AWARD) {
            throw new AssessmentRefusedException("assessment.appeal.already-awarded");
        }
        try {
            awards.award(panel.candidateAccountId(), panel.designationCode(), Route.EXPERIENCE, records.today());
        } catch (CertificationRefusedException alreadyHeld) {
            throw new AssessmentRefusedException(alreadyHeld.reason());
        }
        lifecycle.conclude(panel.portfolioId(), PortfolioStatus.AWARDED);
        reissueLetter(panel, reasons);
        records.record(panel, accounts.summaryOf(actorAccountId), "Decision replaced on appeal",
                "Appeal " + appealId + " upheld; awarded. " + reasons);
    }

    /**
     * The candidate's decision letter, written again in their language to carry the award on appeal, its date, the
     * appeal panel's reasons and the replacement's outcome per domain; filed where the candidate reads their
     * letters, next to the original, and kept as the panel's letter.
     */
    private void reissueLetter(Panel panel, String reasons) {
        var language = directory.languageOf(panel.candidateAccountId());
        var verdicts = DecisionLetter.replacedOnAppeal(panel.domainVerdicts(),
                translations.text(language, "assessment.letter.met-on-appeal"));
        byte[] letter = DecisionLetter.reissuedOnAppeal(text -> translations.text(language, text), language,
                records.nameOf(panel.candidateAccountId()), records.designationName(panel.designationCode()),
                records.today(), reasons, rubric.rubric(), verdicts);
        var stored = documents.store(panel.candidateAccountId(), "decision-letter-" + panel.designationCode()
                + "-appeal.pdf", new ByteArrayInputStream(letter), letter.length);
        panel.attachLetter(stored.id());
        lifecycle.fileLetter(panel.portfolioId(), "Awarded on appeal", stored.id());
    }

    private AppealablePanelDecision appealable(Panel panel) {
        var deciders = new HashSet<Long>();
        panel.members().stream().map(PanelMember::assessorAccountId).forEach(deciders::add);
        var findings = panel.domainVerdicts().stream().map(verdict -> new AppealablePanelDecision.Finding(
                Text.of("assessment.domain." + verdict.domainCode().toLowerCase(Locale.ROOT)),
                Objects.requireNonNull(verdict.result()).text(), verdict.feedback())).toList();
        var outcome = Objects.requireNonNull(panel.outcome());
        return new AppealablePanelDecision(panel.id(), panel.candidateAccountId(), panel.designationCode(),
                records.designationName(panel.designationCode()), outcome == PanelOutcome.AWARD, outcome.text(),
                LocalDate.ofInstant(Objects.requireNonNull(panel.decidedAt()), clock.getZone()), deciders,
                Objects.requireNonNullElse(panel.rationale(), ""),
                Objects.requireNonNullElse(panel.candidateMessage(), ""), findings, panel.letterDocumentId());
    }
}
