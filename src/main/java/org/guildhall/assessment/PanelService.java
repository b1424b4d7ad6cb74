package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.assessment.AssessmentEvents.AssessorAssigned;
import org.guildhall.assessment.domain.ConflictPolicy;
import org.guildhall.assessment.domain.DeclaredConflict;
import org.guildhall.assessment.domain.DeclaredConflictRepository;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelProposalPolicy;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's side of panels: which submitted portfolios wait for one, the proposed assessors (workload
 * balanced, conflicts excluded), forming a panel, replacing an assessor who recused; and everyone's declared
 * conflicts.
 */
@Service
@Transactional(readOnly = true)
public class PanelService {

    /** The assessor pool is the institute's panel of experts, a few dozen people, read in one page. */
    private static final int POOL_LIMIT = 500;

    private final PanelRepository panels;
    private final DeclaredConflictRepository declarations;
    private final PanelRecords records;
    private final PortfolioService portfolios;
    private final AssessorChecks checks;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PanelService(PanelRepository panels,
            DeclaredConflictRepository declarations, PanelRecords records, PortfolioService portfolios,
            AssessorChecks checks, AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.panels = panels;
        this.declarations = declarations;
        this.records = records;
        this.portfolios = portfolios;
        this.checks = checks;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public int panelSize() {
        return records.panelSizeToday();
    }

    /** The designation a submitted portfolio is judged for. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public String designationOf(long portfolioId) {
        return submittedPortfolio(portfolioId).designationCode();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public LocalDate defaultDueDate() {
        return records.defaultDueDate();
    }

    /**
     * Every assessor with their open workload, the conflicts found against the portfolio's candidate and whether
     * they are qualified for its designation; the proposed ones are the panel size's worth of unconflicted,
     * qualified assessors, for a resubmission the earlier panel's first, then the lightest workload.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<AssessorOption> options(long portfolioId) {
        var portfolio = submittedPortfolio(portfolioId);
        var earlier = resubmissionSource(portfolioId);
        return options(portfolio.candidateAccountId(), portfolio.designationCode(),
                earlier.map(Panel::portfolioId).orElse(null), List.of(), records.panelSizeToday());
    }

    /** The decided panel whose not-yet-met domains the portfolio's latest submission resubmits, if any. */
    private java.util.Optional<Panel> resubmissionSource(long portfolioId) {
        return panels.findByPortfolioId(portfolioId).stream()
                .filter(p -> p.status() == PanelStatus.DECIDED && p.outcome() == PanelOutcome.RESUBMIT)
                .max(java.util.Comparator.comparing(Panel::portfolioVersion));
    }

    /** Assessors who could take a recused assessor's seat: not already on the panel; the lightest one proposed. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<AssessorOption> replacementOptions(long panelId) {
        var panel = records.readable(panelId, accounts.currentAccount());
        var seated = panel.members().stream().map(m -> m.assessorAccountId()).toList();
        return options(panel.candidateAccountId(), panel.designationCode(),
                panel.resubmissionOf() == null ? null : panel.portfolioId(), seated, 1);
    }

    /**
     * Forms the panel for the portfolio's submitted version. Every chosen assessor is checked again: a conflict
     * needs the registrar's reason to override it, and a self-conflict is refused whatever the reason.
     *
     * @param overrideReasons reasons keyed by assessor account id, for the conflicted assessors chosen
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public long form(long portfolioId, List<Long> assessorIds, long chairAccountId, LocalDate dueOn,
            Map<Long, String> overrideReasons) {
        var registrar = accounts.currentAccount();
        var portfolio = submittedPortfolio(portfolioId);
        if (panels.existsByPortfolioIdAndPortfolioVersion(portfolioId, portfolio.current().number())) {
            throw new AssessmentRefusedException("assessment.panel.already-formed");
        }
        int size = records.panelSizeToday();
        if (new HashSet<>(assessorIds).size() != size) {
            throw new AssessmentRefusedException(Text.of("assessment.panel.choose-assessors", size));
        }
        if (!assessorIds.contains(chairAccountId)) {
            throw new AssessmentRefusedException("assessment.panel.chair-from-panel");
        }
        if (!dueOn.isAfter(records.today())) {
            throw new AssessmentRefusedException("assessment.panel.due-after-today");
        }
        var candidate = checks.candidate(portfolio.candidateAccountId());
        var earlier = resubmissionSource(portfolioId);
        var panel = earlier.map(source -> Panel.forResubmission(source, portfolio.current().number(), dueOn,
                clock.instant())).orElseGet(() -> new Panel(portfolioId, portfolio.current().number(),
                        portfolio.candidateAccountId(), portfolio.designationCode(), dueOn, clock.instant()));
        requireQualified(portfolio.designationCode(), assessorIds);
        var overrides = new HashMap<Long, String>();
        var missingReasons = new ArrayList<FieldProblem>();
        for (long assessorId : assessorIds) {
            var conflicts = checkedConflicts(assessorId, candidate, earlier.isPresent() ? portfolioId : null);
            if (conflicts.isEmpty()) {
                continue;
            }
            var reason = overrideReasons.get(assessorId);
            if (reason == null || reason.isBlank()) {
                missingReasons.add(new FieldProblem(ConflictOverridesData.reasonField(assessorId),
                        Text.of("assessment.panel.conflict-needs-reason", accounts.summaryOf(assessorId).fullName(),
                                conflicts.getFirst().kind().text())));
            } else {
                overrides.put(assessorId, reason.strip());
            }
        }
        if (!missingReasons.isEmpty()) {
            throw new AssessmentRefusedException(missingReasons);
        }
        assessorIds.forEach(id -> panel.seat(id, id == chairAccountId, overrides.get(id), clock.instant()));
        panels.saveAndFlush(panel);
        records.record(panel, registrar, "Panel formed", "Assessors " + assessorIds.stream().map(records::nameOf)
                .collect(Collectors.joining(", ")) + "; chair " + records.nameOf(chairAccountId) + "; due " + dueOn
                + ".");
        overrides.forEach((id, reason) -> records.record(panel, registrar, "Conflict overridden",
                records.nameOf(id) + ": " + reason));
        assessorIds.forEach(id -> publisher.publishEvent(new AssessorAssigned(panel.id(), id, portfolio.candidateName(),
                portfolio.designationCode(), dueOn, id == chairAccountId)));
        return panel.id();
    }

    /** Seats another assessor in place of one who recused; the newcomer takes over the chair if it was theirs. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void replace(long panelId, long recusedMemberId, long newAssessorId, @Nullable String overrideReason) {
        var registrar = accounts.currentAccount();
        var panel = records.readable(panelId, registrar);
        panel.requireOpen();
        var recused = panel.member(recusedMemberId).filter(m -> m.isRecused())
                .orElseThrow(() -> new AssessmentRefusedException("assessment.panel.replace-only-recused"));
        if (panel.members().stream().anyMatch(m -> m.assessorAccountId() == newAssessorId)) {
            throw new AssessmentRefusedException("assessment.panel.already-sat");
        }
        boolean alreadyReplaced = panel.activeMembers().size() >= records.panelSize(panel);
        if (alreadyReplaced) {
            throw new AssessmentRefusedException("assessment.panel.complete");
        }
        requireQualified(panel.designationCode(), List.of(newAssessorId));
        var override = checkedOverride(newAssessorId, checks.candidate(panel.candidateAccountId()),
                panel.resubmissionOf() == null ? null : panel.portfolioId(), overrideReason);
        boolean chair = recused.isChair() && panel.activeMembers().stream().noneMatch(m -> m.isChair());
        panel.seat(newAssessorId, chair, override, clock.instant());
        panels.saveAndFlush(panel);
        records.record(panel, registrar, "Assessor replaced", records.nameOf(recused.assessorAccountId())
                + " replaced by " + records.nameOf(newAssessorId) + (chair ? " as chair" : "")
                + (override == null ? "." : "; conflict overridden: " + override));
        publisher.publishEvent(new AssessorAssigned(panel.id(), newAssessorId,
                records.nameOf(panel.candidateAccountId()), panel.designationCode(), panel.dueOn(), chair));
    }

    /**
     * Declares that the signed-in person should not be put together with another (named by email) on a panel.
     *
     * @throws AssessmentRefusedException on the field concerned: no reason or too long a one, nobody registered
     *         with that address, oneself, or a conflict already declared
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void declareConflict(ConflictData conflict) {
        var me = accounts.currentAccount();
        var problems = new ArrayList<FieldProblem>();
        var other = accounts.findByEmail(conflict.otherEmail().strip());
        if (other.isEmpty()) {
            problems.add(new FieldProblem(ConflictData.OTHER_EMAIL,
                    "assessment.conflict-form.email.unknown"));
        } else if (other.get().id() == me.id()) {
            problems.add(new FieldProblem(ConflictData.OTHER_EMAIL, "assessment.conflict-form.email.self"));
        } else if (declarations.existsByDeclaredByAccountIdAndOtherAccountId(me.id(), other.get().id())) {
            problems.add(new FieldProblem(ConflictData.OTHER_EMAIL,
                    Text.of("assessment.conflict-form.email.already", other.get().fullName())));
        }
        String reason = conflict.reason().strip();
        if (reason.isEmpty() || reason.length() > DeclaredConflict.MAX_REASON) {
            problems.add(new FieldProblem(ConflictData.REASON,
                    Text.of("assessment.conflict-form.reason.invalid", DeclaredConflict.MAX_REASON)));
        }
        if (!problems.isEmpty()) {
            throw new AssessmentRefusedException(problems);
        }
        declarations.save(new DeclaredConflict(me.id(), other.get().id(), reason, clock.instant()));
    }

    /** The conflicts the signed-in person declared, newest first: the other person's name and the reason. */
    @PreAuthorize("isAuthenticated()")
    public List<String> myDeclaredConflicts() {
        return declarations.findByDeclaredByAccountIdOrderByDeclaredAtDesc(accounts.currentAccount().id()).stream()
                .map(d -> records.nameOf(d.otherAccountId()) + " \u2014 " + d.reason()).toList();
    }

    private PortfolioDetails submittedPortfolio(long portfolioId) {
        var portfolio = portfolios.portfolio(portfolioId);
        if (portfolio.status() != PortfolioStatus.SUBMITTED) {
            throw new AssessmentRefusedException("assessment.panel.submitted-only");
        }
        return portfolio;
    }

    private List<AssessorOption> options(long candidateAccountId, String designationCode,
            @Nullable Long resubmittedPortfolioId, List<Long> exclude, int wanted) {
        var candidate = checks.candidate(candidateAccountId);
        Map<Long, Long> load = new HashMap<>();
        panels.openSeatsPerAssessor().forEach(row -> load.put((Long) row[0], (Long) row[1]));
        var pool = accounts.searchWithRole(Role.ASSESSOR, "", Pageable.ofSize(POOL_LIMIT)).stream()
                .filter(a -> !exclude.contains(a.id())).toList();
        var qualified = checks.qualifications(designationCode, pool.stream().map(AccountSummary::id).toList());
        Map<Long, ConflictPolicy.Findings> findings = new HashMap<>();
        checks.assessors(pool).forEach(a -> findings.put(a.accountId(),
                checks.findings(a, candidate, resubmittedPortfolioId)));
        var proposed = PanelProposalPolicy.propose(pool.stream().map(a -> new PanelProposalPolicy.Assessor(a.id(),
                a.fullName(), load.getOrDefault(a.id(), 0L), !findings.get(a.id()).conflicts().isEmpty(),
                qualified.get(a.id()).isPresent(), !findings.get(a.id()).continuity().isEmpty())).toList(), wanted);
        return pool.stream()
                .map(a -> new AssessorOption(a.id(), a.fullName(), load.getOrDefault(a.id(), 0L),
                        findings.get(a.id()).conflicts(), findings.get(a.id()).continuity(),
                        qualified.get(a.id()).orElse(null), proposed.contains(a.id())))
                .sorted((x, y) -> Boolean.compare(y.proposed(), x.proposed()) != 0
                        ? Boolean.compare(y.proposed(), x.proposed())
                        : Long.compare(x.openPanels(), y.openPanels()) != 0
                                ? Long.compare(x.openPanels(), y.openPanels()) : x.name().compareTo(y.name()))
                .toList();
    }

    /** Refuses the first chosen assessor not qualified to judge the designation, naming them. */
    private void requireQualified(String designationCode, List<Long> assessorIds) {
        var qualified = checks.qualifications(designationCode, assessorIds);
        assessorIds.stream().filter(id -> qualified.get(id).isEmpty()).findFirst().ifPresent(id -> {
            throw new AssessmentRefusedException(Text.of("assessment.panel.not-qualified",
                    accounts.summaryOf(id).fullName(), designationCode));
        });
    }

    /** The reason a replacement's conflicts are overridden with, or null when it has none. */
    private @Nullable String checkedOverride(long assessorId, ConflictPolicy.Candidate candidate,
            @Nullable Long resubmittedPortfolioId, @Nullable String reason) {
        var conflicts = checkedConflicts(assessorId, candidate, resubmittedPortfolioId);
        if (conflicts.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new AssessmentRefusedException(Text.of("assessment.panel.conflict-needs-reason",
                    accounts.summaryOf(assessorId).fullName(), conflicts.getFirst().kind().text()));
        }
        return reason.strip();
    }

    /** The assessor's conflicts with the candidate, each of which needs a reason; a conflict none may override is refused. */
    private List<Conflict> checkedConflicts(long assessorId, ConflictPolicy.Candidate candidate,
            @Nullable Long resubmittedPortfolioId) {
        var assessor = accounts.summaryOf(assessorId);
        if (!assessor.has(Role.ASSESSOR)) {
            throw new AssessmentRefusedException(Text.of("assessment.panel.not-assessor", assessor.fullName()));
        }
        var conflicts = checks.findings(checks.assessors(List.of(assessor)).getFirst(), candidate,
                resubmittedPortfolioId).conflicts();
        if (conflicts.stream().anyMatch(c -> !c.kind().overridable())) {
            throw new AssessmentRefusedException(Text.of("assessment.panel.own-portfolio", assessor.fullName()));
        }
        return conflicts;
    }
}
