package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.guildhall.assessment.domain.DecidedPanelRepository;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountService;
import org.guildhall.portfolio.PortfolioLifecycle;
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
    private final AssessorChecks checks;
    private final AccountService accounts;
    private final Clock clock;

    PanelAppeals(PanelRepository panels, DecidedPanelRepository decided, AssessorChecks checks,
            PanelRecords records, CertificationAwards awards, PortfolioLifecycle lifecycle,
            AccountService accounts, Clock clock) {
        this.panels = panels;
        this.checks = checks;
        this.decided = decided;
        this.records = records;
        this.awards = awards;
        this.lifecycle = lifecycle;
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
     * Why the assessor may not judge the candidate, one text per conflict (none: free to judge). The one place the
     * conflict rules are asked from outside panel forming, so a new rule applies to appeal panels too.
     */
    public List<Text> conflictsBetween(long assessorAccountId, long candidateAccountId) {
        var assessor = checks.assessors(List.of(accounts.summaryOf(assessorAccountId))).getFirst();
        return checks.findings(assessor, checks.candidate(candidateAccountId), null).conflicts().stream()
                .map(conflict -> Text.of("assessment.appeal.conflict", conflict.kind().text(),
                        conflict.detail())).toList();
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
        records.record(panel, accounts.summaryOf(actorAccountId), "Decision replaced on appeal",
                "Appeal " + appealId + " upheld; awarded. " + reasons);
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
