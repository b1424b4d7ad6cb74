package org.guildhall.appeals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.appeals.AppealEvents.AppealDecided;
import org.guildhall.appeals.domain.Appeal;
import org.guildhall.appeals.domain.AppealAuditEntry;
import org.guildhall.appeals.domain.AppealAuditRepository;
import org.guildhall.appeals.domain.AppealPanelPolicy;
import org.guildhall.appeals.domain.AppealRepository;
import org.guildhall.assessment.PanelAppeals;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's and the appeal panel's side: the queue, one appeal with the original file and the grounds, the
 * assessors who may hear it, forming the appeal panel, and the chair's decision, which replaces the original
 * decision when the appeal is upheld. An appeal exists only for registrars and its panel's members.
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ASSESSOR + "')")
@Transactional(readOnly = true)
public class AppealDesk {

    /** The assessor pool is the institute's panel of experts, a few dozen people, read in one page. */
    private static final int POOL_LIMIT = 500;

    private final AppealRepository appeals;
    private final AppealAuditRepository audit;
    private final AppealedDecisions decisions;
    private final AppealRecords records;
    private final PanelAppeals conflicts;
    private final DocumentService documents;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AppealDesk(AppealRepository appeals, AppealAuditRepository audit, AppealedDecisions decisions,
            AppealRecords records, PanelAppeals conflicts, DocumentService documents, AccountService accounts,
            AccountDirectory directory, ApplicationEventPublisher publisher, Clock clock) {
        this.appeals = appeals;
        this.audit = audit;
        this.decisions = decisions;
        this.records = records;
        this.conflicts = conflicts;
        this.documents = documents;
        this.accounts = accounts;
        this.directory = directory;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every appeal for a registrar, the ones they sit on for an assessor; open ones first. */
    public List<AppealSummary> queue() {
        var me = accounts.currentAccount();
        var listed = me.has(Role.REGISTRAR) ? appeals.queue() : appeals.seatedOn(me.id());
        var names = directory.namesOf(listed.stream().map(Appeal::appellantAccountId).collect(Collectors.toSet()));
        return listed.stream().map(appeal -> new AppealSummary(appeal.id(), appeal.kind(),
                AppealedDecisions.subjectOf(appeal),
                names.getOrDefault(appeal.appellantAccountId(), ""), appeal.lodgedAt(), appeal.status(),
                appeal.outcome())).toList();
    }

    public AppealDetails appeal(long appealId) {
        var me = accounts.currentAccount();
        var appeal = readable(appealId, me);
        var decision = decisions.of(appeal);
        var names = directory.namesOf(Stream.concat(appeal.panel().stream(),
                Stream.of(appeal.appellantAccountId())).collect(Collectors.toSet()));
        var chair = appeal.chairAccountId();
        return new AppealDetails(appeal.id(), appeal.version(), appeal.kind(), decision.subject(),
                names.getOrDefault(appeal.appellantAccountId(), ""), appeal.decidedOn(), appeal.lodgedAt(),
                appeal.grounds(), documents.findAll(Stream.concat(appeal.documents().stream(),
                        decision.fileDocuments().stream()).toList()), decision.file(), appeal.status(),
                appeal.panel().stream().map(id -> names.getOrDefault(id, "")).toList(),
                chair == null ? null : names.get(chair), appeal.outcome(), appeal.reasons(),
                audit.findByAppealIdOrderByRecordedAtAscIdAsc(appealId).stream().map(AppealAuditEntry::toView)
                        .toList(),
                me.has(Role.REGISTRAR) && appeal.status() == AppealStatus.LODGED,
                appeal.isChair(me.id()) && appeal.status() == AppealStatus.PANEL_FORMED);
    }

    /** Every assessor with the reasons they may not hear the appeal (eligible ones first, then by name). */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<AppealPanelOption> panelOptions(long appealId) {
        var appeal = readable(appealId, accounts.currentAccount());
        var pool = accounts.searchWithRole(Role.ASSESSOR, "", Pageable.ofSize(POOL_LIMIT));
        var exclusions = exclusions(appeal, pool.stream().map(AccountSummary::id).toList());
        return pool.stream()
                .map(assessor -> new AppealPanelOption(assessor.id(), assessor.fullName(),
                        exclusions.getOrDefault(assessor.id(), List.of())))
                .sorted((x, y) -> x.eligible() != y.eligible() ? Boolean.compare(y.eligible(), x.eligible())
                        : x.name().compareTo(y.name()))
                .toList();
    }

    /**
     * Forms the appeal panel: none who took the original decision, not the appellant, nobody with a conflict with
     * the appellant; the chair from among them. Refused on the field concerned, every problem at once.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void formPanel(long appealId, AppealPanelChoice choice) {
        var registrar = accounts.currentAccount();
        var appeal = readable(appealId, registrar);
        var chosen = List.copyOf(new HashSet<>(choice.assessorIds()));
        var problems = new ArrayList<FieldProblem>();
        chosen.stream().map(accounts::summaryOf).filter(assessor -> !assessor.has(Role.ASSESSOR))
                .forEach(notAssessor -> problems.add(new FieldProblem(AppealPanelChoice.ASSESSORS,
                        Text.of("appeals.panel.not-assessor", notAssessor.fullName()))));
        var names = directory.namesOf(chosen);
        problems.addAll(AppealPanelPolicy.problems(choice, exclusions(appeal, chosen), names));
        if (!problems.isEmpty()) {
            throw new AppealRefusedException(problems);
        }
        long chair = Objects.requireNonNull(choice.chairAccountId());
        appeal.formPanel(chosen, chair);
        flush(appeal);
        records.record(appeal, registrar, "Appeal panel formed", "Assessors " + chosen.stream()
                .map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "))
                + "; chair " + names.getOrDefault(chair, "#" + chair) + ".");
    }

    /**
     * The appeal panel's chair records the outcome with reasons. Upheld replaces the original decision through the
     * module that took it, in this transaction; the appellant is emailed in their language.
     */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void decide(long appealId, long seenVersion, AppealDecisionData decision) {
        var me = accounts.currentAccount();
        var appeal = readable(appealId, me);
        if (appeal.version() != seenVersion) {
            throw new AppealRefusedException("appeals.changed-meanwhile");
        }
        if (!appeal.isChair(me.id())) {
            throw new AppealRefusedException("appeals.decision.chair-only");
        }
        var problems = new ArrayList<FieldProblem>();
        if (decision.outcome() == null) {
            problems.add(new FieldProblem(AppealDecisionData.OUTCOME, "appeals.decision.outcome-needed"));
        }
        String reasons = decision.reasons().strip();
        if (reasons.isEmpty()) {
            problems.add(new FieldProblem(AppealDecisionData.REASONS, "appeals.decision.reasons-needed"));
        } else if (reasons.length() > AppealDecisionData.MAX_REASONS) {
            problems.add(new FieldProblem(AppealDecisionData.REASONS,
                    Text.of("appeals.decision.reasons-too-long", AppealDecisionData.MAX_REASONS)));
        }
        if (!problems.isEmpty()) {
            throw new AppealRefusedException(problems);
        }
        var outcome = Objects.requireNonNull(decision.outcome());
        appeal.decide(outcome, reasons, clock.instant());
        flush(appeal);
        records.record(appeal, me, "Appeal decided: " + outcome.label(), reasons);
        if (outcome == AppealOutcome.UPHELD) {
            decisions.replace(appeal, me, reasons);
            records.record(appeal, me, "Decision replaced", replacement(appeal.kind()));
        }
        publisher.publishEvent(new AppealDecided(appeal.id(), appeal.appellantAccountId(), appeal.kind(), outcome,
                reasons));
    }

    private static String replacement(AppealKind kind) {
        return switch (kind) {
            case PANEL_DECISION -> "The designation was awarded.";
            case CPD_REJECTION -> "The CPD activity was approved.";
            case REVOCATION -> "The revocation was withdrawn.";
        };
    }

    private java.util.Map<Long, List<Text>> exclusions(Appeal appeal, List<Long> pool) {
        var decision = decisions.of(appeal);
        var conflicted = conflicts.conflictsBetween(pool, appeal.appellantAccountId());
        return AppealPanelPolicy.exclusions(pool, appeal.appellantAccountId(), decision.deciderAccountIds(),
                assessor -> conflicted.getOrDefault(assessor, List.of()));
    }

    private Appeal readable(long appealId, AccountSummary reader) {
        return appeals.findById(appealId)
                .filter(appeal -> reader.has(Role.REGISTRAR) || appeal.seats(reader.id()))
                .orElseThrow(() -> new AppealNotFoundException(appealId));
    }

    private void flush(Appeal appeal) {
        try {
            appeals.saveAndFlush(appeal);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new AppealRefusedException("appeals.changed-meanwhile");
        }
    }
}
